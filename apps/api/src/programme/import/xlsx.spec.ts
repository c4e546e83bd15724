import { deflateRawSync } from 'node:zlib';
import { TimePrecision } from '@ncasc/shared';
import ExcelJS from 'exceljs';
import { parseXlsx } from './xlsx';
import { checkZip, ZipRefused } from './zip-guard';

const TZ = 'Europe/London';

async function workbook(rows: unknown[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('Programme');
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

/** A zip of one deflated entry, as small as a zip bomb is and as big when unpacked. */
function zipOf(name: string, content: Buffer): Buffer {
  const data = deflateRawSync(content);
  const fileName = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(content.length, 22);
  local.writeUInt16LE(fileName.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  // the header may lie about the size: the guard does not trust it
  central.writeUInt32LE(1000, 24);
  central.writeUInt16LE(fileName.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + fileName.length, 12);
  end.writeUInt32LE(30 + fileName.length + data.length, 16);
  return Buffer.concat([local, fileName, data, central, fileName, end]);
}

describe('XLSX programme sheets', () => {
  it('reads the first sheet: text, Excel dates and times, as a CSV of it would', async () => {
    const base64 = await workbook([
      ['id', 'title', 'day', 'start', 'end', 'room', 'speakers'],
      [
        'x1',
        'Opening',
        new Date(Date.UTC(2027, 10, 10)),
        new Date(Date.UTC(1899, 11, 30, 9, 30)),
        0.4375,
        'Hall 1',
        'Jane Smith',
      ],
      ['x2', 'Reception', '2027-11-10', '', '', '', ''],
    ]);
    const { sessions, problems } = await parseXlsx(base64, TZ);
    expect(problems).toEqual([]);
    expect(sessions.map((s) => [s.key, s.timePrecision, s.startsAt, s.endsAt, s.day])).toEqual([
      ['x1', TimePrecision.EXACT, '2027-11-10T09:30:00.000Z', '2027-11-10T10:30:00.000Z', null],
      ['x2', TimePrecision.DAY, null, null, '2027-11-10'],
    ]);
  });

  it('names bad rows by row and column', async () => {
    const base64 = await workbook([
      ['title', 'day', 'day_part'],
      ['Fine', '2027-11-10', 'morning'],
      ['Bad', '2027-11-10', 'teatime'],
    ]);
    const { problems } = await parseXlsx(base64, TZ);
    expect(problems).toEqual([expect.objectContaining({ row: 3, column: 'day_part' })]);
  });

  it('refuses a zip bomb before the reader unpacks it, whatever its headers claim', async () => {
    const bomb = zipOf('xl/worksheets/sheet1.xml', Buffer.alloc(60 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(200_000);
    expect(() => checkZip(bomb)).toThrow(ZipRefused);
    const { sessions, problems } = await parseXlsx(bomb.toString('base64'), TZ);
    expect(sessions).toEqual([]);
    expect(problems).toEqual([{ message: 'the workbook unpacks to more than 50 MB' }]);
  });

  it('refuses what is not a workbook', async () => {
    expect((await parseXlsx(Buffer.from('title\nx\n').toString('base64'), TZ)).problems).toEqual([
      { message: 'the file is not an XLSX workbook (not a zip)' },
    ]);
  });
});
