// Last year's report for a document: among the open documents (their unsaved text) and the
// Markdown files of the workspace folders (read from disk). Identities are read from the head of
// each file once and kept by path and modification time.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { isPreviousOf, reportIdentity, type ReportIdentity } from '../engine/index.js';

/** How many Markdown files of a workspace are looked at, at most. */
const MAX_FILES = 5000;
const SKIP = new Set(['node_modules', '.git', 'dist', 'out']);
/** reportIdentity() reads no further than this (model/identity.ts); a little more is compared. */
const HEAD = 4200;

export class PreviousReports {
  readonly #documents: TextDocuments<TextDocument>;
  #folders: string[] = [];
  readonly #onDisk = new Map<string, { mtimeMs: number; id: ReportIdentity }>();
  #files: Promise<string[]> | undefined;
  readonly #open = new Map<string, { version: number; head: string; id: ReportIdentity }>();

  constructor(documents: TextDocuments<TextDocument>) {
    this.#documents = documents;
  }

  setFolders(uris: readonly string[]): void {
    this.#folders = uris.map((u) => URI.parse(u)).filter((u) => u.scheme === 'file').map((u) => u.fsPath);
    this.forgetFiles();
  }

  /** A file was created, deleted or renamed: list the workspace again next time. */
  forgetFiles(): void {
    this.#files = undefined;
  }

  async #listFiles(): Promise<string[]> {
    const out: string[] = [];
    const walk = async (dir: string): Promise<void> => {
      if (out.length >= MAX_FILES) return;
      const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
      for (const e of entries) {
        if (e.name.startsWith('.') || SKIP.has(e.name)) continue;
        const p = join(dir, e.name);
        if (e.isDirectory()) await walk(p);
        else if (/\.(md|markdown)$/iu.test(e.name) && out.length < MAX_FILES) out.push(p);
      }
    };
    for (const f of this.#folders) await walk(f);
    return out;
  }

  async #identityOnDisk(path: string): Promise<ReportIdentity | undefined> {
    const s = await stat(path).catch(() => undefined);
    if (!s) return undefined;
    const known = this.#onDisk.get(path);
    if (known && known.mtimeMs === s.mtimeMs) return known.id;
    const text = await readFile(path, 'utf8').catch(() => undefined);
    if (text === undefined) return undefined;
    const id = reportIdentity(text);
    this.#onDisk.set(path, { mtimeMs: s.mtimeMs, id });
    return id;
  }

  /** The identity of an open document, computed once per version. */
  identity(doc: TextDocument): ReportIdentity {
    const known = this.#open.get(doc.uri);
    if (known && known.version === doc.version) return known.id;
    // The identity is read from the head of the text: an edit below it (a table cell) changes nothing.
    const text = doc.getText();
    const head = text.slice(0, HEAD);
    const id = known && known.head === head ? known.id : reportIdentity(text);
    this.#open.set(doc.uri, { version: doc.version, head, id });
    return id;
  }

  closed(uri: string): void {
    this.#open.delete(uri);
  }

  /** Last year's report of the same agency, as text with a name, or undefined. */
  async find(doc: TextDocument, current: ReportIdentity): Promise<{ text: string; name: string; uri: string } | undefined> {
    if (current.agency === undefined || current.year === undefined) return undefined;
    for (const other of this.#documents.all()) {
      if (other.uri === doc.uri) continue;
      if (isPreviousOf(this.identity(other), current)) return { text: other.getText(), name: URI.parse(other.uri).fsPath, uri: other.uri };
    }
    this.#files ??= this.#listFiles();
    const open = new Set(this.#documents.all().map((d) => URI.parse(d.uri).fsPath));
    for (const path of await this.#files) {
      if (open.has(path)) continue;
      const id = await this.#identityOnDisk(path);
      if (id && isPreviousOf(id, current)) {
        const text = await readFile(path, 'utf8').catch(() => undefined);
        if (text !== undefined) return { text, name: path, uri: URI.file(path).toString() };
      }
    }
    return undefined;
  }

  /** The open documents whose previous report is `doc` (to re-check them when it changes). */
  followers(doc: TextDocument): TextDocument[] {
    const id = this.identity(doc);
    if (id.agency === undefined || id.year === undefined) return [];
    return this.#documents.all().filter((d) => d.uri !== doc.uri && isPreviousOf(id, this.identity(d)));
  }
}
