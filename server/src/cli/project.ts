// The project configuration in the CLI: for each file the nearest .disclosure-lint.{json,jsonc,yaml,yml}
// (or --config FILE, or none with --no-config) and the ignore files. Command-line options override
// the configuration. An invalid configuration stops the run before anything is linted.
import { resolve } from 'node:path';
import { ConfigCache } from '../config/load.js';
import { describeConfigError } from '../config/messages.js';
import { ConfigError, type ConfigData } from '../config/validate.js';
import type { Lang, LintOptions } from '../engine/index.js';
import { adoptMessages } from './adopt-messages.js';
import type { Target } from './files.js';
import type { CliIo, CliOptions, Engine } from './types.js';

export type Opened = { ok: true; options: CliOptions; project: Project } | { ok: false; message: string };

export interface Planned {
  /** The targets to lint: ignored files left out (explicitly named ones with a note). */
  targets: Target[];
  /** An invalid configuration: the one message to print (exit 2). */
  error?: string;
}

function configMessage(err: unknown, lang: Lang): string {
  if (!(err instanceof ConfigError)) throw err;
  return adoptMessages(lang).configInvalid(describeConfigError(err, lang));
}

/** Opens the configuration: the run's language comes from --lang, else the config of the current folder. */
export function openProject(o: CliOptions, io: CliIo, engine: Engine): Opened {
  const cache = new ConfigCache({
    findRule: (id) => engine.findRuleMeta(id),
    ...(o.config !== undefined ? { file: resolve(io.cwd, o.config) } : {}),
    ...(o.noConfig ? { none: true } : {}),
  });
  let here: ConfigData;
  try {
    here = cache.forFolder(io.cwd).data;
  } catch (err) {
    return { ok: false, message: configMessage(err, o.lang) };
  }
  const lang: Lang = o.langGiven ? o.lang : (here.language ?? o.lang);
  const options: CliOptions = { ...o, lang, lint: { ...o.lint, lang } };
  return { ok: true, options, project: new Project(options, io, engine, cache) };
}

export class Project {
  readonly #byTarget = new Map<Target, CliOptions>();
  readonly #byConfig = new Map<ConfigData, CliOptions>();

  constructor(
    private readonly o: CliOptions,
    private readonly io: CliIo,
    private readonly engine: Engine,
    private readonly cache: ConfigCache,
  ) {}

  /** Resolves every target's configuration up front, so that a bad config stops the run before any output. */
  plan(targets: readonly Target[], say: (line: string) => void): Planned {
    const kept: Target[] = [];
    for (const t of targets) {
      const abs = t.kind === 'file' ? t.abs : resolve(this.io.cwd, this.o.stdinFilename ?? '<stdin>');
      let found;
      try {
        found = this.cache.forFile(abs);
      } catch (err) {
        return { targets: [], error: configMessage(err, this.o.lang) };
      }
      if (found.ignored && t.kind === 'file') {
        if (t.explicit) say(adoptMessages(this.o.lang).ignored(t.path));
        continue;
      }
      this.#byTarget.set(t, this.#merged(found.data));
      kept.push(t);
    }
    return { targets: kept };
  }

  /** The options for one target: its configuration under the command line's options. */
  optionsFor(target: Target): CliOptions {
    return this.#byTarget.get(target) ?? this.o;
  }

  #merged(config: ConfigData): CliOptions {
    const cached = this.#byConfig.get(config);
    if (cached) return cached;
    const cli = this.o.lint;
    const byId = (rules: Record<string, string> | undefined): Record<string, string> =>
      Object.fromEntries(Object.entries(rules ?? {}).map(([k, v]) => [this.engine.findRuleMeta(k)?.id ?? k, v]));
    const rules = { ...(config.rules ?? {}), ...byId(cli.rules) } as NonNullable<LintOptions['rules']>;
    const format = cli.format ?? (config.formatVersion === 'auto' ? undefined : config.formatVersion);
    const lang = this.o.langGiven ? this.o.lang : (config.language ?? this.o.lang);
    const lint: LintOptions = {
      ...cli,
      lang,
      ...(Object.keys(rules).length > 0 ? { rules } : {}),
      ...(format ? { format } : {}),
      ...(config.level ? { level: config.level } : {}),
    };
    const merged = { ...this.o, lint };
    this.#byConfig.set(config, merged);
    return merged;
  }
}
