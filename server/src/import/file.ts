// Reading a report to import: its kind from the file name, its bytes decoded (UTF-8, UTF-16 with a
// BOM, or the legacy Chinese encodings saved web pages and text exports still use), then the pure
// conversion. For the CLI and for an editor command.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { importDocx } from './docx.js';
import { importHtml, importText, type ImportResult } from './index.js';

export type SourceKind = 'text' | 'html' | 'docx';

const KINDS: Record<string, SourceKind> = { '.txt': 'text', '.text': 'text', '.html': 'html', '.htm': 'html', '.xhtml': 'html', '.docx': 'docx' };

export const IMPORT_EXTENSIONS = Object.keys(KINDS);

export function sourceKind(path: string): SourceKind | undefined {
  return KINDS[extname(path).toLowerCase()];
}

export type ImportErrorCode = 'unsupported' | 'decode' | 'docx';

export class ImportError extends Error {
  constructor(readonly code: ImportErrorCode, message: string) {
    super(message);
  }
}

/** The charset a web page declares in its first bytes (<meta charset> or http-equiv). */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/iu.exec(head)?.[1];
}

/** Bytes → text: a BOM decides; else strict UTF-8; else the page's declared charset, or GB18030. */
export function decodeSource(bytes: Uint8Array, kind: 'text' | 'html'): string {
  const tryDecode = (label: string, data: Uint8Array): string | undefined => {
    try {
      return new TextDecoder(label, { fatal: true }).decode(data);
    } catch {
      return undefined;
    }
  };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return tryDecode('utf-16le', bytes.subarray(2)) ?? fail();
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return tryDecode('utf-16be', bytes.subarray(2)) ?? fail();
  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== undefined) return utf8.replace(/^\ufeff/u, '');
  const declared = kind === 'html' ? declaredCharset(bytes) : undefined;
  return (declared ? tryDecode(declared, bytes) : undefined) ?? tryDecode('gb18030', bytes) ?? fail();
  function fail(): never {
    throw new ImportError('decode', 'the file cannot be decoded as text');
  }
}

/** Converts the bytes of a report of the given kind to standard Markdown. */
export async function importBytes(bytes: Uint8Array, kind: SourceKind): Promise<ImportResult> {
  if (kind === 'docx') {
    try {
      return await importDocx(bytes);
    } catch (err) {
      throw new ImportError('docx', err instanceof Error ? err.message : String(err));
    }
  }
  const text = decodeSource(bytes, kind);
  return kind === 'html' ? importHtml(text) : importText(text);
}

/** Reads and converts a report file; its kind comes from its extension. The file is only read. */
export async function importFile(path: string): Promise<ImportResult> {
  const kind = sourceKind(path);
  if (!kind) throw new ImportError('unsupported', `unsupported file type: ${extname(path) || path}`);
  return importBytes(await readFile(path), kind);
}
