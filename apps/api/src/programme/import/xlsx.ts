import type ExcelJSModule from 'exceljs';
import type { CellValue } from 'exceljs';
import type { ParsedImport } from './imported-session';
import { MAX_IMPORT_SESSIONS } from './imported-session';
import { readSheet } from './sheet-rows';
import { checkZip, ZipRefused } from './zip-guard';

/**
 * ExcelJS is loaded with the first workbook read: it adds over 20 MB to the resident size of a process,
 * which only an organiser's import needs.
 */
let excelJs: typeof ExcelJSModule | undefined;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const loadExcelJs = (): typeof ExcelJSModule => (excelJs ??= require('exceljs') as typeof ExcelJSModule);

const pad = (n: number) => String(n).padStart(2, '0');

/** A cell as the text a CSV of the same sheet would hold (dates as 2027-11-10, times as 09:30). */
function cellText(value: CellValue, timeColumn: boolean): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    // Excel's dates are wall-clock values, read by exceljs as UTC; a time alone is a day of 1899
    const time = `${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}`;
    if (timeColumn || value.getUTCFullYear() < 1901) return time;
    return value.toISOString().slice(0, 10);
  }
  if (typeof value === 'number') {
    if (timeColumn && value >= 0 && value < 1) {
      const minutes = Math.round(value * 24 * 60);
      return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
    }
    return String(value);
  }
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return cellText(value.result ?? null, timeColumn);
    return '';
  }
  return String(value);
}

/** The first worksheet of an XLSX workbook (base64), read as a programme sheet. */
export async function parseXlsx(base64: string, timeZone: string): Promise<ParsedImport> {
  const bytes = Buffer.from(base64.replace(/\s+/g, ''), 'base64');
  const refused = (message: string): ParsedImport => ({ sessions: [], problems: [{ message }] });
  try {
    checkZip(bytes);
  } catch (e) {
    if (e instanceof ZipRefused) return refused(e.message);
    throw e;
  }
  const workbook = new (loadExcelJs().Workbook)();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return refused('the file is not an XLSX workbook that can be read');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet || sheet.rowCount === 0)
    return { sessions: [], problems: [{ row: 1, message: 'the sheet is empty' }] };
  if (sheet.rowCount > MAX_IMPORT_SESSIONS + 1)
    return refused(`the sheet has more than ${MAX_IMPORT_SESSIONS} rows`);
  const width = Math.min(sheet.columnCount, 50);
  const row = (n: number, timeColumns: Set<number>) =>
    Array.from({ length: width }, (_, i) =>
      cellText(sheet.getRow(n).getCell(i + 1).value, timeColumns.has(i)),
    );
  const header = row(1, new Set());
  const times = new Set(
    header.flatMap((h, i) => (['start', 'end'].includes(h.trim().toLowerCase()) ? [i] : [])),
  );
  const rows: string[][] = [];
  for (let n = 2; n <= sheet.rowCount; n++) rows.push(row(n, times));
  return readSheet(header, rows, timeZone);
}
