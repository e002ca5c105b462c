// Lints as the user types without piling up work: each document has at most one pending lint,
// which runs after a short quiet period on the newest version; older versions are never linted.
export class Scheduler {
  readonly #pending = new Map<string, ReturnType<typeof setTimeout>>();
  readonly #delay: number;
  readonly #run: (uri: string) => Promise<void>;

  constructor(delayMs: number, run: (uri: string) => Promise<void>) {
    this.#delay = delayMs;
    this.#run = run;
  }

  schedule(uri: string): void {
    this.cancel(uri);
    this.#pending.set(
      uri,
      setTimeout(() => {
        this.#pending.delete(uri);
        void this.#run(uri);
      }, this.#delay),
    );
  }

  cancel(uri: string): void {
    const t = this.#pending.get(uri);
    if (t !== undefined) clearTimeout(t);
    this.#pending.delete(uri);
  }
}
