// Bytes → text (see encoding.ts: UTF-8, UTF-16 with a BOM, GB18030), and reading all of stdin.
export { decode, encode, type Decoded, type Encoding, type Stored } from './encoding.js';

/** Everything on a readable stream, as bytes. */
export async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk));
  return Buffer.concat(chunks);
}
