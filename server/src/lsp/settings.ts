// Settings per document, pulled with workspace/configuration and cached until they change.
import type { Connection } from 'vscode-languageserver/node';
import type { Lang, LintOptions, SeveritySetting } from '../engine/index.js';
import { DEFAULT_SETTINGS, SECTION, type Settings } from './protocol.js';

export class SettingsStore {
  readonly #connection: Connection;
  readonly #cache = new Map<string, Promise<Settings>>();
  #canPull = false;
  #displayLanguage = '';
  #global: Settings = DEFAULT_SETTINGS;

  constructor(connection: Connection) {
    this.#connection = connection;
  }

  /** The client answers workspace/configuration (else it pushes settings with didChangeConfiguration). */
  get canPull(): boolean {
    return this.#canPull;
  }

  configure(canPull: boolean, displayLanguage: unknown): void {
    this.#canPull = canPull;
    this.#displayLanguage = typeof displayLanguage === 'string' ? displayLanguage : '';
  }

  /** didChangeConfiguration: forget everything; clients that cannot be asked push settings here. */
  changed(pushed: unknown): void {
    this.#cache.clear();
    if (!this.#canPull) this.#global = normalize((pushed as Record<string, unknown> | undefined)?.[SECTION]);
  }

  forget(uri: string): void {
    this.#cache.delete(uri);
  }

  get(uri: string): Promise<Settings> {
    if (!this.#canPull) return Promise.resolve(this.#global);
    let p = this.#cache.get(uri);
    if (!p) {
      p = this.#connection.workspace.getConfiguration({ scopeUri: uri, section: SECTION }).then(normalize, () => DEFAULT_SETTINGS);
      this.#cache.set(uri, p);
    }
    return p;
  }

  lang(s: Settings): Lang {
    if (s.language !== 'auto') return s.language;
    return this.#displayLanguage.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
  }

  lintOptions(s: Settings, force: boolean): LintOptions {
    const o: LintOptions = { lang: this.lang(s), rules: s.rules as Record<string, SeveritySetting> };
    if (s.formatVersion !== 'auto') o.format = s.formatVersion;
    if (force) o.force = true;
    return o;
  }
}

const SEVERITIES = new Set(['off', 'hint', 'info', 'warning', 'error']);

/** Whatever the client sent, a complete and valid Settings object. */
export function normalize(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Partial<Record<keyof Settings, unknown>>;
  const rules: Settings['rules'] = {};
  if (r.rules && typeof r.rules === 'object') {
    for (const [k, v] of Object.entries(r.rules)) if (typeof v === 'string' && SEVERITIES.has(v)) rules[k] = v as Settings['rules'][string];
  }
  return {
    enable: typeof r.enable === 'boolean' ? r.enable : DEFAULT_SETTINGS.enable,
    include: Array.isArray(r.include) ? r.include.filter((x): x is string => typeof x === 'string') : DEFAULT_SETTINGS.include,
    rules,
    formatVersion: r.formatVersion === '2019' || r.formatVersion === '2021' ? r.formatVersion : 'auto',
    language: r.language === 'zh-CN' || r.language === 'en' ? r.language : 'auto',
    run: r.run === 'onSave' ? 'onSave' : 'onType',
    maxFileSize: typeof r.maxFileSize === 'number' && r.maxFileSize > 0 ? r.maxFileSize : DEFAULT_SETTINGS.maxFileSize,
  };
}
