import { inflateRawSync } from 'node:zlib';

/** What an XLSX may unpack to: far more than any programme sheet, far less than a zip bomb. */
export const MAX_XLSX_UNPACKED = 50 * 1024 * 1024;
const MAX_ENTRIES = 2000;

export class ZipRefused extends Error {}

/**
 * Unpacks every entry of a zip (with a hard limit on the output, whatever the entry headers claim) before
 * the XLSX reader sees it: a file that would unpack past the limit is refused, nothing else read.
 */
export function checkZip(zip: Buffer, limit = MAX_XLSX_UNPACKED): void {
  // the end-of-central-directory record: in the last 64 KiB + 22 bytes
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 65_557); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipRefused('the file is not an XLSX workbook (not a zip)');
  const entries = zip.readUInt16LE(eocd + 10);
  if (entries > MAX_ENTRIES) throw new ZipRefused('the workbook has too many parts');
  let at = zip.readUInt32LE(eocd + 16);
  let budget = limit;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== 0x02014b50)
      throw new ZipRefused('the workbook is damaged');
    const method = zip.readUInt16LE(at + 10);
    const compressed = zip.readUInt32LE(at + 20);
    const local = zip.readUInt32LE(at + 42);
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    if (local + 30 > zip.length || zip.readUInt32LE(local) !== 0x04034b50)
      throw new ZipRefused('the workbook is damaged');
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + compressed);
    let size: number;
    if (method === 0) size = data.length;
    else if (method === 8) {
      try {
        size = inflateRawSync(data, { maxOutputLength: Math.max(1, budget) }).length;
      } catch (e) {
        if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError)
          throw new ZipRefused(`the workbook unpacks to more than ${Math.round(limit / 1024 / 1024)} MB`);
        throw new ZipRefused('the workbook is damaged');
      }
    } else throw new ZipRefused('the workbook uses a compression this reader does not take');
    budget -= size;
    if (budget < 0)
      throw new ZipRefused(`the workbook unpacks to more than ${Math.round(limit / 1024 / 1024)} MB`);
  }
}
