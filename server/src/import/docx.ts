// A Word document (.docx) as HTML through mammoth (paragraphs, bold, tables with merged cells as
// colspan/rowspan), then the HTML import. Images are left out and no external file is read.
// mammoth (and its zip and XML readers) is loaded on first use, not when the CLI starts.
import { importHtml, type ImportResult } from './index.js';

export async function docxToHtml(bytes: Uint8Array): Promise<string> {
  const { default: mammoth } = await import('mammoth');
  const result = await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
    { externalFileAccess: false, convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })) },
  );
  return result.value;
}

/** A .docx report as standard Markdown. Rejects when the bytes are not a Word document. */
export async function importDocx(bytes: Uint8Array): Promise<ImportResult> {
  return importHtml(await docxToHtml(bytes), { whole: true });
}
