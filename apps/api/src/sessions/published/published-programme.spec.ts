import { SessionType } from '@ncasc/shared';
import type { DataSource } from 'typeorm';
import { createSeededDatabase } from '../../../test/seeded-database';
import { PublicDataCache } from '../../common/cache/public-data-cache';
import { SessionEntity } from '../session.entity';
import { SpeakerEntity } from '../../speakers/speaker.entity';
import { TrackEntity } from '../../tracks/track.entity';
import { filterAgenda } from './agenda-filter';
import { speakerAppearances, themeSessions } from './across-years';
import { type ProgrammeReader, PublishedProgramme } from './published-programme.service';

describe('the published programme', () => {
  let ds: DataSource;
  let programme: ProgrammeReader;
  beforeAll(async () => {
    ds = await createSeededDatabase();
    programme = new PublishedProgramme(ds, new PublicDataCache()).reader();
  });
  afterAll(() => ds.destroy());

  it('filters the agenda by day, type and theme, keeping agenda order', async () => {
    const c = (await programme.conferenceBySlug('ncasc-2018'))!;
    const sessions = (filter: Parameters<typeof filterAgenda>[1]) => filterAgenda(c, filter).map((s) => s.row);
    const friday = sessions({ day: '2018-11-16' });
    expect(friday.length).toBeGreaterThan(0);
    expect(friday.every((s) => s.day === '2018-11-16')).toBe(true);
    const workshops = sessions({ type: SessionType.WORKSHOP });
    expect(workshops.every((s) => s.type === SessionType.WORKSHOP)).toBe(true);
    const send = sessions({ track: 'send' });
    expect(send.map((s) => s.title)).toContainEqual(expect.stringMatching(/SEND/));
    const all = sessions({});
    const days = all.map((s) => s.day ?? '9999');
    expect([...days].sort()).toEqual(days);
  });

  it('lists a speaker’s appearances across conferences, oldest conference first', async () => {
    const gallimore = (await ds.getRepository(SpeakerEntity).findOneBy({ name: 'Stuart Gallimore' }))!;
    const appearances = await speakerAppearances(programme, gallimore.id);
    const sessions = await ds.getRepository(SessionEntity).find({ relations: { conference: true } });
    const slugOf = new Map(sessions.map((s) => [s.id, s.conference!.slug]));
    const order = appearances.map((a) => slugOf.get(a.row.id));
    expect(order[0]).toBe('adcs-2018'); // July 2018 before November 2018
    expect(order[order.length - 1]).toBe('ncasc-2018');
    expect(new Set(order).size).toBe(2);
  });

  it('follows a theme across the years: mental health from NCASC 2015 onwards, oldest first', async () => {
    const theme = (await ds.getRepository(TrackEntity).findOneBy({ slug: 'mental-health' }))!;
    const sessions = (await themeSessions(programme, theme.id)).map((s) => s.row);
    const conferences = await ds.query('SELECT id, year FROM conferences');
    const year = new Map<string, number>(
      conferences.map((c: { id: string; year: number }) => [c.id, Number(c.year)]),
    );
    const years = sessions.map((s) => year.get(s.conferenceId)!);
    expect(years[0]).toBe(2015);
    expect([...years].sort((a, b) => a - b)).toEqual(years);
    expect(sessions.map((s) => s.title)).toContainEqual(expect.stringMatching(/mental health/i));
  });

  it('is shared: every reader at one version gets the same frozen models', async () => {
    const other = new PublishedProgramme(ds, new PublicDataCache());
    const cache = new PublicDataCache();
    const [a, b] = [new PublishedProgramme(ds, cache).reader(), new PublishedProgramme(ds, cache).reader()];
    const [first, second] = await Promise.all([a.conferenceBySlug('ncasc-2018'), b.conferenceBySlug('ncasc-2018')]);
    expect(first).toBe(second);
    expect(Object.isFrozen(first!.sessions[0].model)).toBe(true);
    expect(() => {
      (first!.sessions[0].model as { title: string }).title = 'changed for everyone';
    }).toThrow(TypeError);
    // another cache builds its own copy, equal in every field
    const third = await other.reader().conferenceBySlug('ncasc-2018');
    expect(third).not.toBe(first);
    expect(third!.sessions.map((s) => s.model.title)).toEqual(first!.sessions.map((s) => s.model.title));
  });
});
