// Bytes ↔ text for report files: UTF-8 with or without a BOM, UTF-16 LE/BE with a BOM, and
// GB18030 (which includes GBK and GB2312) without one. UTF-8 is always tried first and strictly, so
// valid UTF-8 is never read as GBK; GB18030 is used only when its decoding has no replacement
// character, encodes back to the same bytes and reads as Chinese text. The text is given back with
// how it was stored, so --fix writes it the same way.
import { iconv } from '../lazy.js';

export type Encoding = 'utf8' | 'utf16le' | 'utf16be' | 'gb18030';

/** How a text was stored: its encoding and whether it began with a byte order mark. */
export interface Stored {
  encoding: Encoding;
  bom: boolean;
}

export type Decoded = ({ ok: true; text: string } & Stored) | { ok: false; reason: 'utf8' | 'nul' };

const BOM = '\ufeff';

/** One decoder per encoding, made once (a decode without `stream` leaves nothing behind). */
const decoders = { 'utf-8': new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }), 'utf-16le': new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }) };

function strict(label: 'utf-8' | 'utf-16le', bytes: Uint8Array): string | undefined {
  try {
    return decoders[label].decode(bytes);
  } catch {
    return undefined;
  }
}

function utf16(bytes: Uint8Array, big: boolean): string | undefined {
  const body = Buffer.from(bytes.subarray(2)); // a copy, so that swapping leaves the caller's bytes alone
  if (body.length % 2 !== 0) return undefined;
  if (big) body.swap16();
  return strict('utf-16le', body);
}

/** Characters of Chinese text besides ASCII: ideographs, CJK and full-width punctuation, ①, ■, “”…… */
const CHINESE = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef\u2010-\u2027\u2030-\u203b\u00b7\u00d7\u2116\u2160-\u217f\u2460-\u24ff\u3200-\u32ff\u25a0-\u25ff]/u;
const IDEOGRAPH = /[\u3400-\u4dbf\u4e00-\u9fff]/u;

/** Looks like Chinese text: at least one ideograph, and nearly every non-ASCII character is Chinese. */
export function looksChinese(text: string): boolean {
  let other = 0;
  let chinese = 0;
  let ideographs = 0;
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) continue;
    if (CHINESE.test(ch)) chinese++;
    else other++;
    if (IDEOGRAPH.test(ch)) ideographs++;
  }
  return ideographs > 0 && other * 20 <= chinese;
}

function gb18030(bytes: Uint8Array): string | undefined {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = iconv().decode(buf, 'gb18030', { stripBOM: false });
  if (text.includes('\ufffd') || !looksChinese(text)) return undefined;
  return iconv().encode(text, 'gb18030').equals(buf) ? text : undefined;
}

export function decode(bytes: Uint8Array): Decoded {
  const [a, b, c] = bytes;
  if (a === 0xff && b === 0xfe) return result(utf16(bytes, false), 'utf16le', true);
  if (a === 0xfe && b === 0xff) return result(utf16(bytes, true), 'utf16be', true);
  if (bytes.includes(0)) return { ok: false, reason: 'nul' };
  if (a === 0xef && b === 0xbb && c === 0xbf) return result(strict('utf-8', bytes.subarray(3)), 'utf8', true);
  const utf8 = strict('utf-8', bytes);
  if (utf8 !== undefined) return result(utf8, 'utf8', false);
  // EF BB starts a UTF-8 BOM (as GBK it is 锘, the mark of UTF-8 misread): broken UTF-8, not GB18030.
  return result(a === 0xef && b === 0xbb ? undefined : gb18030(bytes), 'gb18030', false);
}

function result(text: string | undefined, encoding: Encoding, bom: boolean): Decoded {
  if (text === undefined) return { ok: false, reason: 'utf8' };
  return { ok: true, text, encoding, bom };
}

/** The bytes to write back: the same encoding, the BOM re-added when the original had one. */
export function encode(text: string, how: Stored | boolean): Buffer {
  const { encoding, bom } = typeof how === 'boolean' ? { encoding: 'utf8' as const, bom: how } : how;
  const full = bom ? BOM + text : text;
  if (encoding === 'utf8') return Buffer.from(full, 'utf8');
  if (encoding === 'utf16le') return Buffer.from(full, 'utf16le');
  if (encoding === 'utf16be') return Buffer.from(full, 'utf16le').swap16();
  return iconv().encode(full, 'gb18030');
}
