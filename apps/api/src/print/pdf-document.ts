import { readFileSync } from 'node:fs';
import type PDFKitModule from 'pdfkit';

/**
 * pdfkit (with fontkit and its tables) is loaded when the first PDF is made: it adds about 20 MB to the
 * resident size of a process, which most processes, printing nothing, need not carry.
 */
let pdfkit: typeof PDFKitModule | undefined;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const loadPdfkit = (): typeof PDFKitModule => (pdfkit ??= require('pdfkit') as typeof PDFKitModule);

/**
 * The fonts every printed programme embeds (subset): DejaVu Sans as TrueType, which fontkit reads
 * directly (its WOFF reader inflated a table again at every glyph: seconds per booklet). Read once,
 * when the first PDF is made.
 */
const FONT_FILES = {
  regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
  italic: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Oblique.ttf'),
  boldItalic: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-BoldOblique.ttf'),
};
export type FontName = keyof typeof FONT_FILES;

let fonts: Record<FontName, Buffer> | undefined;
const loadFonts = (): Record<FontName, Buffer> =>
  (fonts ??= Object.fromEntries(
    Object.entries(FONT_FILES).map(([name, file]) => [name, readFileSync(file)]),
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
  const PDFDocument = loadPdfkit();
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
