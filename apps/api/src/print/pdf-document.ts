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

/** What a document collects while it is written: its bytes so far, and each page's footer to fill in. */
interface Writing {
  runningTitle: string;
  /** Written blocks, and the small pieces pdfkit writes since the last block was joined. */
  blocks: Buffer[];
  pieces: Uint8Array[];
  piecesBytes: number;
  /** One form XObject per page, drawn at its foot and written at the end, when the page count is known. */
  footers: PDFKit.PDFKitReference[];
  failed?: Error;
}

const writing = new WeakMap<Pdf, Writing>();

/** pdfkit writes an object in many small pieces: they are joined into blocks of about this size. */
const BLOCK_BYTES = 1 << 20;

/**
 * An A4 document with its fonts registered and embedded (subset), tagged for screen readers
 * (PDF/UA-style structure where pdfkit allows: headings, paragraphs, lists, artifacts), and "page n of
 * m" with a running title at the foot of every page. Each page is written out when the next begins
 * (pdfkit keeps no pages back), so what a document holds while it is made is its bytes so far and the
 * small objects of its structure tree and links that pdfkit keeps to the end (some 4 KB a session: about
 * 75 MB of heap for the 20,000-session booklet, where keeping its pages ran a 400 MB heap out). A page's
 * footer is a small form XObject that the page draws and `finish` fills in, when the page count is known.
 */
export function newPdf(meta: { title: string; subject: string; modified: Date; runningTitle: string }): Pdf {
  const PDFDocument = loadPdfkit();
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: false,
    tagged: true,
    pdfVersion: '1.7',
    lang: 'en-GB',
    displayTitle: true,
    // the first page is added below, once its footer can be drawn
    autoFirstPage: false,
    info: {
      Title: meta.title,
      Subject: meta.subject,
      Creator: 'conference-programmes',
      // the same programme version gives the same dates (the file is made once per version)
      CreationDate: meta.modified,
      ModDate: meta.modified,
    },
  });
  const w: Writing = { runningTitle: meta.runningTitle, blocks: [], pieces: [], piecesBytes: 0, footers: [] };
  writing.set(doc, w);
  doc.on('data', (piece: Uint8Array) => {
    w.pieces.push(piece);
    w.piecesBytes += piece.length;
    if (w.piecesBytes >= BLOCK_BYTES) joinPieces(w);
  });
  doc.on('error', (e: Error) => (w.failed = e));
  doc.on('pageAdded', () => {
    const footer = doc.ref({
      Type: 'XObject',
      Subtype: 'Form',
      BBox: [0, 0, doc.page.width, doc.page.height],
    });
    w.footers.push(footer);
    (doc.page.xobjects as Record<string, PDFKit.PDFKitReference>).Footer = footer;
    // an artifact (not read out); nothing else is marked yet on a page just begun
    doc.addContent('/Artifact <</Type /Pagination>> BDC /Footer Do EMC');
  });
  for (const [name, font] of Object.entries(loadFonts())) doc.registerFont(name, font);
  doc.font('regular');
  doc.addPage();
  return doc;
}

function joinPieces(w: Writing): void {
  if (!w.pieces.length) return;
  w.blocks.push(Buffer.concat(w.pieces, w.piecesBytes));
  w.pieces = [];
  w.piecesBytes = 0;
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

/**
 * Fills in every page's footer, "running title · page n of m", centred. pdfkit's own text layout writes
 * each one, pointed for the time at the footer's form XObject in place of a page: it needs of a page only
 * its height, its font resources and somewhere to write.
 */
function writeFooters(doc: Pdf, w: Writing): void {
  const page = doc.page;
  const total = w.footers.length;
  doc.font('regular').fontSize(8);
  w.footers.forEach((footer, i) => {
    const fonts: Record<string, unknown> = {};
    doc.page = {
      height: page.height,
      fonts,
      write: (chunk: unknown) => footer.write(chunk),
    } as PDFKit.PDFPage;
    const line = `${w.runningTitle} · page ${i + 1} of ${total}`;
    const x = Math.max(MARGIN / 2, (page.width - doc.widthOfString(line)) / 2);
    doc.fillColor('black').text(line, x, page.height - MARGIN / 2 - 8, { lineBreak: false });
    (footer.data as Record<string, unknown>).Resources = { Font: fonts };
    footer.end(undefined);
  });
  doc.page = page;
}

/** Fills in the footers, ends the document and gives its bytes. */
export function finish(doc: Pdf): Promise<Buffer> {
  const w = writing.get(doc)!;
  return new Promise((resolve, reject) => {
    doc.on('end', () => {
      joinPieces(w);
      resolve(Buffer.concat(w.blocks));
    });
    doc.on('error', reject);
    if (w.failed) {
      reject(w.failed);
      return;
    }
    writeFooters(doc, w);
    doc.end();
  });
}

/** Lets other requests be answered while a long document is laid out (pdfkit works synchronously). */
export const pause = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
