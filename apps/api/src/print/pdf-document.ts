import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import PDFDocument from 'pdfkit';

/** The fonts every printed programme embeds (DejaVu Sans: Latin with the dashes and quotes names use). */
const FONT_FILES = {
  regular: require.resolve('@fontsource/dejavu-sans/files/dejavu-sans-latin-400-normal.woff'),
  bold: require.resolve('@fontsource/dejavu-sans/files/dejavu-sans-latin-700-normal.woff'),
  italic: require.resolve('@fontsource/dejavu-sans/files/dejavu-sans-latin-400-italic.woff'),
  boldItalic: require.resolve('@fontsource/dejavu-sans/files/dejavu-sans-latin-700-italic.woff'),
};
export type FontName = keyof typeof FONT_FILES;

/**
 * A WOFF 1 font unpacked into the plain TrueType (sfnt) file it wraps: its tables inflated once, at
 * start. fontkit reads WOFF too, but inflates a table again at each glyph it looks up, which made a
 * 20-session booklet take seconds.
 */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF font');
  const numTables = woff.readUInt16BE(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const at = 44 + i * 20;
    const [offset, compLength, origLength] = [
      woff.readUInt32BE(at + 4),
      woff.readUInt32BE(at + 8),
      woff.readUInt32BE(at + 12),
    ];
    const stored = woff.subarray(offset, offset + compLength);
    return {
      tag: woff.subarray(at, at + 4),
      checksum: woff.readUInt32BE(at + 16),
      data: compLength < origLength ? inflateSync(stored) : stored,
    };
  });
  const entrySelector = Math.floor(Math.log2(numTables));
  const searchRange = 2 ** entrySelector * 16;
  const head = Buffer.alloc(12 + 16 * numTables);
  woff.copy(head, 0, 4, 8);
  head.writeUInt16BE(numTables, 4);
  head.writeUInt16BE(searchRange, 6);
  head.writeUInt16BE(entrySelector, 8);
  head.writeUInt16BE(numTables * 16 - searchRange, 10);
  const parts: Buffer[] = [head];
  let offset = head.length;
  tables.forEach((t, i) => {
    t.tag.copy(head, 12 + i * 16);
    head.writeUInt32BE(t.checksum, 16 + i * 16);
    head.writeUInt32BE(offset, 20 + i * 16);
    head.writeUInt32BE(t.data.length, 24 + i * 16);
    const padded = Buffer.alloc(Math.ceil(t.data.length / 4) * 4);
    t.data.copy(padded);
    parts.push(padded);
    offset += padded.length;
  });
  return Buffer.concat(parts);
}

let fonts: Record<FontName, Buffer> | undefined;
const loadFonts = (): Record<FontName, Buffer> =>
  (fonts ??= Object.fromEntries(
    Object.entries(FONT_FILES).map(([name, file]) => [name, woffToSfnt(readFileSync(file))]),
  ) as Record<FontName, Buffer>);

/** A4 in points, with 2 cm margins. */
const MARGIN = 56;

export type Pdf = PDFKit.PDFDocument;
export type Struct = PDFKit.PDFStructureElement;

/**
 * An A4 document with its fonts registered and embedded (subset), tagged for screen readers
 * (PDF/UA-style structure where pdfkit allows: headings, paragraphs, lists, artifacts), and its pages
 * kept until the end so that the footer and an index can give page numbers.
 */
export function newPdf(meta: { title: string; subject: string; modified: Date }): Pdf {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    tagged: true,
    pdfVersion: '1.7',
    lang: 'en-GB',
    displayTitle: true,
    autoFirstPage: true,
    info: {
      Title: meta.title,
      Subject: meta.subject,
      Creator: 'conference-programmes',
      // the same programme version gives the same dates (the file is made once per version)
      CreationDate: meta.modified,
      ModDate: meta.modified,
    },
  });
  for (const [name, font] of Object.entries(loadFonts())) doc.registerFont(name, font);
  doc.font('regular');
  return doc;
}

/** The page number (1-based) the document is writing on. */
export function currentPage(doc: Pdf): number {
  const range = doc.bufferedPageRange();
  return range.start + range.count;
}

/** Starts a new page unless at least `points` are left on this one (keeps a heading with what follows). */
export function keepSpace(doc: Pdf, points: number): void {
  if (doc.y + points > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

/** "Page n of m" and a running title at the foot of every page, marked as artifacts (not read out). */
export function addFooters(doc: Pdf, runningTitle: string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    // writing inside the bottom margin must not start a page
    doc.page.margins.bottom = 0;
    doc.markContent('Artifact', { type: 'Pagination' });
    doc
      .font('regular')
      .fontSize(8)
      .fillColor('black')
      .text(`${runningTitle} · page ${i + 1} of ${range.count}`, MARGIN, doc.page.height - MARGIN / 2 - 8, {
        width: doc.page.width - 2 * MARGIN,
        align: 'center',
        lineBreak: false,
      });
    doc.endMarkedContent();
    doc.page.margins.bottom = bottom;
  }
}

/** Ends the document and collects its bytes. */
export function finish(doc: Pdf): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}
