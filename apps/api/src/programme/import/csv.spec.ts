import { TimePrecision } from '@ncasc/shared';
import { decodeSheet, detectDelimiter, parseCsv } from './csv';

const TZ = 'Europe/London';
const HEADER = 'id,title,type,day,start,end,day_part,room,themes,speakers,summary';

describe('CSV programme sheets', () => {
  it('reads a UTF-8 sheet with a byte-order mark: precisions as the sheet gives them', () => {
    const csv = `\uFEFF${HEADER}
s1,Opening,keynote,2027-11-10,09:30,10:15,,Hall 1,Early help; SEND,"Jane Smith (Director, Leeds City Council); Sam Lee",Welcome
s2,Workshop A,WORKSHOP,2027-11-10,,,afternoon,Room 2,,,
s3,Dinner,Social,2027-11-11,,,,,,,
`;
    const { sessions, problems } = parseCsv(csv, TZ);
    expect(problems).toEqual([]);
    expect(sessions.map((s) => [s.key, s.timePrecision, s.day, s.dayPart])).toEqual([
      ['s1', TimePrecision.EXACT, null, null],
      ['s2', TimePrecision.DAY_PART, '2027-11-10', 'AFTERNOON'],
      ['s3', TimePrecision.DAY, '2027-11-11', null],
    ]);
    // GMT in November: the wall clock is UTC
    expect(sessions[0].startsAt).toBe('2027-11-10T09:30:00.000Z');
    expect(sessions[0].endsAt).toBe('2027-11-10T10:15:00.000Z');
    expect(sessions[0].themes).toEqual(['Early help', 'SEND']);
    expect(sessions[0].speakers).toEqual([
      { name: 'Jane Smith', role: 'Director', organisation: 'Leeds City Council' },
      { name: 'Sam Lee', role: null, organisation: null },
    ]);
    expect(sessions[2].room).toBeNull();
  });

  it('reads times on the conference’s clock in summer (BST)', () => {
    const { sessions } = parseCsv('title,day,start\nTalk,2027-07-07,14:00\n', TZ);
    expect(sessions[0].startsAt).toBe('2027-07-07T13:00:00.000Z');
  });

  it('reads semicolon-separated sheets (Excel in much of Europe), commas inside cells kept', () => {
    expect(detectDelimiter('title;day;speakers\n')).toBe(';');
    const { sessions, problems } = parseCsv(
      'title;day;speakers\nPanel, with questions;10/11/2027;Ann Bell (Chair, ADCS)\n',
      TZ,
    );
    expect(problems).toEqual([]);
    expect(sessions[0]).toMatchObject({
      title: 'Panel, with questions',
      day: '2027-11-10',
      speakers: [{ name: 'Ann Bell', role: 'Chair', organisation: 'ADCS' }],
    });
  });

  it('decodes Windows-1252 bytes (Excel’s “CSV”) when they are not UTF-8', () => {
    // “Children’s services – café” in cp1252: ’ is 0x92, – is 0x96, é is 0xE9
    const bytes = Uint8Array.from([
      ...Buffer.from('title\nChildren'),
      0x92,
      ...Buffer.from('s services '),
      0x96,
      ...Buffer.from(' caf'),
      0xe9,
      0x0a,
    ]);
    const { sessions } = parseCsv(decodeSheet(bytes), TZ);
    expect(sessions[0].title).toBe('Children’s services – café');
    expect(decodeSheet(Buffer.from('\uFEFFtitle\nCafé\n'))).toBe('title\nCafé\n');
  });

  it('names every bad row by row and column, and leaves those rows out', () => {
    const { sessions, problems } = parseCsv(
      `${HEADER}
a,Good,,2027-11-10,,,,,,,
b,,,2027-11-10,,,,,,,
c,Bad day,,31/02/2027,,,,,,,
d,Bad time,,2027-11-10,25:00,,,,,,
e,Both,,2027-11-10,09:00,,morning,,,,
f,Type,lecture,2027-11-10,,,,,,,
g,No day,,,10:00,,,,,,
`,
      TZ,
    );
    expect(sessions.map((s) => s.key)).toEqual(['a']);
    expect(problems.map((p) => [p.row, p.column])).toEqual([
      [3, 'title'],
      [4, 'day'],
      [5, 'start'],
      [6, 'day_part'],
      [7, 'type'],
      [8, 'day'],
    ]);
  });

  it('refuses a sheet without a title column, and text that is not CSV', () => {
    expect(parseCsv('name,day\nx,2027-11-10\n', TZ).problems).toEqual([
      expect.objectContaining({ row: 1, column: 'title' }),
    ]);
    expect(parseCsv('title\n"unclosed\n', TZ).problems[0].message).toMatch(/cannot be read as CSV/);
  });

  it('refuses more rows than any programme has, without reading them', () => {
    const csv = `title\n${'Talk\n'.repeat(5001)}`;
    const { sessions, problems } = parseCsv(csv, TZ);
    expect(sessions).toEqual([]);
    expect(problems[0].message).toMatch(/more than 5000 rows/);
  });
});
