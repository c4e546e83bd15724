import type { DataSource } from 'typeorm';
import { createTestDatabase } from '../../../test/test-database';
import { ConferenceEntity } from '../../conferences/conference.entity';
import { SessionEntity } from '../../sessions/session.entity';
import { SpeakerEntity } from '../../speakers/speaker.entity';
import { readSeedData, type SeedFile } from './seed-files';
import { applySeed, localInstant, mergeSpeakers } from './seeder';

describe('applySeed', () => {
  let ds: DataSource;
  beforeAll(async () => {
    ds = await createTestDatabase();
  });
  afterAll(() => ds.destroy());

  it('loads every conference file and, run again, changes nothing (same rows, same ids)', async () => {
    const data = readSeedData();
    const first = await applySeed(ds, data);
    const ids = async () =>
      (await ds.getRepository(SessionEntity).find({ select: { id: true }, order: { id: 'ASC' } })).map(
        (s) => s.id,
      );
    const before = await ids();
    const second = await applySeed(ds, data);
    expect(second).toEqual(first);
    expect(await ids()).toEqual(before);
    expect(await ds.getRepository(ConferenceEntity).count()).toBe(data.files.length);
    expect(before).toHaveLength(data.files.reduce((n, f) => n + f.sessions.length, 0));
  });

  it('stores one speaker for a person named in several posts', async () => {
    const gallimore = await ds.getRepository(SpeakerEntity).findBy({ name: 'Stuart Gallimore' });
    expect(gallimore).toHaveLength(1);
  });

  it('puts a seeded clock time on the right instant either side of the clock change', () => {
    expect(localInstant('2017-10-11', '09:00').toISOString()).toBe('2017-10-11T08:00:00.000Z'); // BST
    expect(localInstant('2018-11-14', '09:00').toISOString()).toBe('2018-11-14T09:00:00.000Z'); // GMT
  });
});

describe('mergeSpeakers', () => {
  const file = (year: number, speaker: Partial<SeedFile['speakers'][number]>): SeedFile =>
    ({
      conference: { year },
      speakers: [
        {
          key: 'steve-crocker',
          name: 'Steve Crocker',
          role: null,
          organisation: null,
          source: 'p',
          ...speaker,
        },
      ],
    }) as unknown as SeedFile;

  it('lets a later year fill in facts but never erases one with an empty value', () => {
    const merged = mergeSpeakers([
      file(2022, { role: 'President', organisation: 'ADCS', honorifics: [] }),
      file(2022, { role: null, organisation: null, honorifics: ['CBE'] }),
    ]).get('steve-crocker')!;
    expect(merged).toMatchObject({ role: 'President', organisation: 'ADCS', honorifics: ['CBE'] });
  });

  it('takes the newer role when both years give one', () => {
    const merged = mergeSpeakers([
      file(2018, { role: 'Vice President' }),
      file(2019, { role: 'President' }),
    ]).get('steve-crocker')!;
    expect(merged.role).toBe('President');
  });
});
