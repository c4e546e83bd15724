import { SessionType } from '@ncasc/shared';
import type { DataSource } from 'typeorm';
import { createSeededDatabase } from '../../test/seeded-database';
import { PublicReader } from '../common/dataloaders/public-reader';
import { ConferenceEntity } from '../conferences/conference.entity';
import { SpeakerEntity } from '../speakers/speaker.entity';
import { TrackEntity } from '../tracks/track.entity';
import { appearancesOf, conferenceAgenda, sessionsAcrossYears } from './session-lists';
import { SessionEntity } from './session.entity';
import { programmeLoaders } from './sessions.loaders';

describe('session lists', () => {
  let ds: DataSource;
  beforeAll(async () => {
    ds = await createSeededDatabase();
  });
  afterAll(() => ds.destroy());

  it('filters the agenda by day, type and theme, keeping agenda order', async () => {
    const c = (await ds.getRepository(ConferenceEntity).findOneBy({ slug: 'ncasc-2018' }))!;
    const loaders = programmeLoaders(new PublicReader(ds));
    const friday = await conferenceAgenda(c, { day: '2018-11-16' }, loaders);
    expect(friday.length).toBeGreaterThan(0);
    expect(friday.every((s) => s.day === '2018-11-16')).toBe(true);
    const workshops = await conferenceAgenda(c, { type: SessionType.WORKSHOP }, loaders);
    expect(workshops.every((s) => s.type === SessionType.WORKSHOP)).toBe(true);
    const send = await conferenceAgenda(c, { track: 'send' }, loaders);
    expect(send.map((s) => s.title)).toContainEqual(expect.stringMatching(/SEND/));
    const all = await conferenceAgenda(c, {}, loaders);
    const days = all.map((s) => s.day ?? '9999');
    expect([...days].sort()).toEqual(days);
  });

  it('lists a speaker’s appearances across conferences, oldest conference first', async () => {
    const gallimore = (await ds.getRepository(SpeakerEntity).findOneBy({ name: 'Stuart Gallimore' }))!;
    const appearances = await appearancesOf(gallimore.id, programmeLoaders(new PublicReader(ds)));
    const sessions = await ds.getRepository(SessionEntity).find({ relations: { conference: true } });
    const slugOf = new Map(sessions.map((s) => [s.id, s.conference!.slug]));
    const order = appearances.map((a) => slugOf.get(a.sessionId));
    expect(order[0]).toBe('adcs-2018'); // July 2018 before November 2018
    expect(order[order.length - 1]).toBe('ncasc-2018');
    expect(new Set(order).size).toBe(2);
  });

  it('follows a theme across the years: mental health from NCASC 2015 onwards, oldest first', async () => {
    const theme = (await ds.getRepository(TrackEntity).findOneBy({ slug: 'mental-health' }))!;
    const sessions = await sessionsAcrossYears(theme.id, programmeLoaders(new PublicReader(ds)));
    const conferences = await ds.query('SELECT id, year FROM conferences');
    const year = new Map<string, number>(
      conferences.map((c: { id: string; year: number }) => [c.id, Number(c.year)]),
    );
    const years = sessions.map((s) => year.get(s.conferenceId)!);
    expect(years[0]).toBe(2015);
    expect([...years].sort((a, b) => a - b)).toEqual(years);
    expect(sessions.map((s) => s.title)).toContainEqual(expect.stringMatching(/mental health/i));
  });
});
