import { extractText, getDocumentProxy } from 'unpdf';

/** The text a reader would copy out of a generated PDF, all pages joined, line breaks as spaces. */
export async function pdfText(pdf: Buffer): Promise<string> {
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(doc, { mergePages: true });
  return text.replace(/\s+/g, ' ');
}
