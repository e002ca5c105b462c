// Bytes → text: strict UTF-8, no NUL bytes, a leading BOM stripped and remembered.

export type Decoded = { ok: true; text: string; bom: boolean } | { ok: false; reason: 'utf8' | 'nul' };

const BOM = '\ufeff';

export function decode(bytes: Uint8Array): Decoded {
  if (bytes.includes(0)) return { ok: false, reason: 'nul' };
  let text: string;
  try {
    // ignoreBOM keeps the BOM in the output, so that we can see it and put it back when writing.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { ok: false, reason: 'utf8' };
  }
  const bom = text.startsWith(BOM);
  return { ok: true, text: bom ? text.slice(1) : text, bom };
}

/** The text to write back: the BOM re-added when the original had one. */
export function encode(text: string, bom: boolean): Buffer {
  return Buffer.from(bom ? BOM + text : text, 'utf8');
}

/** Everything on a readable stream, as bytes. */
export async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk));
  return Buffer.concat(chunks);
}
