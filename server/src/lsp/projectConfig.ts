// The project's configuration files (.disclosure-lint.json/.jsonc/.yaml, .disclosure-lintignore) in
// the editor, exactly as the CLI reads them: the editor and CI never disagree. The editor's own
// settings go on top of the file's. An invalid file is reported once, naming the file and the key,
// and the document is linted without it (never with rules silently turned off).
import type { Connection } from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';
import { ConfigCache } from '../config/load.js';
import { describeConfigError } from '../config/messages.js';
import { ConfigError, type ConfigData } from '../config/validate.js';
import type { Lang, LintOptions } from '../engine/index.js';
import type { Settings } from './protocol.js';

export interface Project {
  data: ConfigData;
  ignored: boolean;
}

export class ProjectConfig {
  readonly #connection: Connection;
  #cache = new ConfigCache();
  readonly #reported = new Set<string>();

  constructor(connection: Connection) {
    this.#connection = connection;
  }

  /** A config or ignore file changed: read them again. */
  reset(): void {
    this.#cache = new ConfigCache();
    this.#reported.clear();
  }

  forDocument(uri: string, lang: Lang): Project {
    const u = URI.parse(uri);
    if (u.scheme !== 'file') return { data: {}, ignored: false };
    try {
      const found = this.#cache.forFile(u.fsPath);
      return { data: found.data, ignored: found.ignored };
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
      const message = describeConfigError(err, lang);
      if (!this.#reported.has(message)) {
        this.#reported.add(message);
        void this.#connection.window.showErrorMessage(`disclosure-lint: ${message}`);
      }
      return { data: {}, ignored: false };
    }
  }
}

/** The file's configuration under the editor's settings (a setting left at its default does not override). */
export function withProject(options: LintOptions, project: ConfigData, s: Settings): LintOptions {
  const out: LintOptions = { ...options, rules: { ...(project.rules ?? {}), ...(options.rules ?? {}) } };
  if (s.formatVersion === 'auto' && project.formatVersion && project.formatVersion !== 'auto') out.format = project.formatVersion;
  if (s.language === 'auto' && project.language) out.lang = project.language;
  if (project.level) out.level = project.level;
  return out;
}
