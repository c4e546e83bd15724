import { parse } from 'csv-parse/sync';
import type { ParsedImport } from './imported-session';

export { decodeSheet } from '@ncasc/shared';
import { readSheet } from './sheet-rows';

/** Comma or semicolon (Excel in much of Europe): whichever the header row has more of, outside quotes. */
export function detectDelimiter(text: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ',') commas++;
    else if (!quoted && ch === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

/** A CSV programme sheet (text already decoded; a leading byte-order mark is dropped). */
export function parseCsv(text: string, timeZone: string): ParsedImport {
  const body = text.replace(/^\uFEFF/, '');
  let records: string[][];
  try {
    const read: string[][] = parse(body, {
      delimiter: detectDelimiter(body),
      relax_column_count: true,
      skip_empty_lines: true,
      bom: true,
    });
    records = read;
  } catch (e) {
    const line = (e as { lines?: number }).lines;
    return {
      sessions: [],
      problems: [
        {
          ...(line ? { row: line } : {}),
          message: `the file cannot be read as CSV: ${(e as Error).message.replace(/\s+/g, ' ').slice(0, 200)}`,
        },
      ],
    };
  }
  if (!records.length) return { sessions: [], problems: [{ row: 1, message: 'the file is empty' }] };
  return readSheet(records[0], records.slice(1), timeZone);
}
