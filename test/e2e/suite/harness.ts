// A tiny test harness for the extension host: the `run()` contract of extensionTestsPath, one line
// per test (`ok - …` / `not ok - …`) and `RESULT N passed, N failed`. Waits are on events or on
// conditions re-checked when the editor reports a change, each with a timeout — never sleeps.
import * as vscode from 'vscode';

type Test = { name: string; fn: () => Promise<void> };
const tests: Test[] = [];

export function test(name: string, fn: () => Promise<void>): void {
  tests.push({ name, fn });
}

export async function runAll(): Promise<void> {
  let passed = 0;
  let failed = 0;
  const grep = process.env.DL_E2E_GREP;
  for (const t of tests) {
    if (grep && !t.name.includes(grep)) continue;
    const started = Date.now();
    try {
      await t.fn();
      passed++;
      console.log(`ok - ${t.name} (${Date.now() - started} ms)`);
    } catch (e) {
      failed++;
      console.log(`not ok - ${t.name}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    }
  }
  console.log(`RESULT ${passed} passed, ${failed} failed`);
  if (failed > 0) throw new Error(`${failed} test(s) failed`);
}

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'disclosure-lint');
}

/** Resolves with the value once `probe` returns one, re-checking on every diagnostics change. */
export function whenDiagnostics<T>(uri: vscode.Uri, probe: (d: vscode.Diagnostic[]) => T | undefined, what: string, timeoutMs = 20_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const v = probe(ours(uri));
      if (v === undefined) return false;
      done();
      resolve(v);
      return true;
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      done();
      reject(new Error(`timed out waiting for ${what}; diagnostics now: ${JSON.stringify(ours(uri).map((d) => `${String(d.code && typeof d.code === 'object' ? d.code.value : d.code)} ${d.message}`))}`));
    }, timeoutMs);
    const done = (): void => {
      clearTimeout(timer);
      sub.dispose();
    };
    check();
  });
}

/** Resolves when `probe` holds, re-checking when any text document changes or is saved. */
export function whenDocument(doc: vscode.TextDocument, probe: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  return new Promise((resolve, reject) => {
    if (probe()) return resolve();
    const subs = [vscode.workspace.onDidChangeTextDocument((e) => e.document === doc && probe() && finish()), vscode.workspace.onDidSaveTextDocument((d) => d === doc && probe() && finish())];
    const timer = setTimeout(() => {
      subs.forEach((s) => s.dispose());
      reject(new Error(`timed out waiting for ${what}`));
    }, timeoutMs);
    function finish(): void {
      clearTimeout(timer);
      subs.forEach((s) => s.dispose());
      resolve();
    }
  });
}

export function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}
