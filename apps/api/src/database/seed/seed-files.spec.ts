import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_SEED_DIR, readSeedData, SeedDataError } from './seed-files';

describe('readSeedData', () => {
  it('accepts the committed seed files, oldest conference first', () => {
    const { files, themes } = readSeedData();
    expect(themes.length).toBeGreaterThan(10);
    const years = files.map((f) => f.conference.year);
    expect([...years].sort((a, b) => a - b)).toEqual(years);
  });

  it('gives a session a type only when its source states one, and says so in the evidence', () => {
    const sessions = readSeedData().files.flatMap((f) => f.sessions);
    const untyped = sessions.filter((s) => s.type === null);
    expect(untyped.map((s) => s.key)).toEqual(
      expect.arrayContaining([
        'ncasc-2015-radicalisation',
        'ncasc-2017-fostering-stocktake',
        'ncasc-2018-ofsted-inspection-frameworks',
        'adcs-2016-dfe-national-assessment-accreditation',
      ]),
    );
    for (const s of untyped) expect(s.evidence).toMatch(/no type is recorded|so (none|neither) is recorded/i);
    // a typed session's evidence never says its type is not stated or was chosen by us
    for (const s of sessions.filter((x) => x.type !== null))
      expect(s.evidence ?? '').not.toMatch(
        /(type|format) (is )?not stated|chosen because|is our reading of/i,
      );
  });

  it('refuses broken files, naming the file and every problem', () => {
    const dir = mkdtempSync(join(tmpdir(), 'seed-'));
    cpSync(DEFAULT_SEED_DIR, dir, { recursive: true });
    const path = join(dir, 'ncasc-2018.json');
    const data = JSON.parse(readFileSync(path, 'utf8'));
    data.sessions[0].speakers.push({ speaker: 'nobody-at-all', role: 'SPEAKER' });
    data.sessions[1].timePrecision = 'DAY_PART';
    data.sessions[1].dayPart = null;
    data.sessions[2].day = '2018-12-25';
    data.sessions[3].themes = ['astrology'];
    writeFileSync(path, JSON.stringify(data));
    expect(() => readSeedData(dir)).toThrow(SeedDataError);
    let message = '';
    try {
      readSeedData(dir);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/ncasc-2018\.json: .*unknown speaker "nobody-at-all"/);
    expect(message).toMatch(/dayPart is set exactly when precision is DAY_PART/);
    expect(message).toMatch(/2018-12-25 is outside the conference dates/);
    expect(message).toMatch(/unknown theme "astrology"/);
  });

  it('refuses a file that breaks the schema', () => {
    const dir = mkdtempSync(join(tmpdir(), 'seed-'));
    cpSync(DEFAULT_SEED_DIR, dir, { recursive: true });
    const path = join(dir, 'adcs-2022.json');
    const data = JSON.parse(readFileSync(path, 'utf8'));
    data.sessions[0].type = 'BANQUET';
    writeFileSync(path, JSON.stringify(data));
    expect(() => readSeedData(dir)).toThrow(
      /adcs-2022\.json: \/sessions\/0\/type must be equal to one of the allowed values/,
    );
  });
});
