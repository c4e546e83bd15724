import { ConferenceSeries, SessionType } from '@ncasc/shared';
import type { DataSource } from 'typeorm';
import { createConference, createSession, createTheme } from '../../test/factories';
import { createTestDatabase } from '../../test/test-database';
import { Loaders } from '../common/dataloaders/loaders';
import { ConferenceEntity } from './conference.entity';
import { ConferencesService } from './conferences.service';

describe('ConferencesService', () => {
  let ds: DataSource;
  let service: ConferencesService;
  let ncasc2018: ConferenceEntity;
  beforeAll(async () => {
    ds = await createTestDatabase();
    service = new ConferencesService(ds.getRepository(ConferenceEntity));
    await createConference(ds, { year: 2017 });
    await createConference(ds, { year: 2022, series: ConferenceSeries.ADCS });
    ncasc2018 = await createConference(ds, { year: 2018, startsOn: '2018-11-14', endsOn: '2018-11-16' });
    await createConference(ds, { year: 2015 });
    const send = await createTheme(ds, 'SEND');
    for (const [day, type, title] of [
      ['2018-11-16', SessionType.PLENARY, 'Closing plenary'],
      [null, SessionType.FRINGE, 'Fringe meetings'],
      ['2018-11-15', SessionType.WORKSHOP, 'Workshop: SEND reforms'],
      ['2018-11-14', SessionType.KEYNOTE, 'Opening keynote'],
      ['2018-11-16', SessionType.WORKSHOP, 'Workshop: workforce'],
    ] as const)
      await createSession(ds, ncasc2018, { day, type, title, themes: /SEND/.test(title) ? [send] : [] });
  });
  afterAll(() => ds.destroy());

  it('lists newest first and filters by series', async () => {
    const all = await service.list();
    expect(all[0].year).toBeGreaterThanOrEqual(all[all.length - 1].year);
    const adcs = await service.list(ConferenceSeries.ADCS);
    expect(adcs.length).toBeGreaterThan(0);
    expect(adcs.every((c) => c.series === ConferenceSeries.ADCS)).toBe(true);
  });

  it('gives every day from start to end, and none when the dates are unknown', () => {
    expect(service.days({ startsOn: '2018-07-04', endsOn: '2018-07-06' })).toEqual([
      '2018-07-04',
      '2018-07-05',
      '2018-07-06',
    ]);
    expect(service.days({ startsOn: '2022-11-02', endsOn: null })).toEqual(['2022-11-02']);
    expect(service.days({ startsOn: null, endsOn: null })).toEqual([]);
  });

  it('filters the agenda by day, type and theme, keeping agenda order', async () => {
    const c = (await service.findBySlug(ncasc2018.slug))!;
    const loaders = new Loaders(ds);
    const friday = await service.sessions(c, { day: '2018-11-16' }, loaders);
    expect(friday.length).toBeGreaterThan(0);
    expect(friday.every((s) => s.day === '2018-11-16')).toBe(true);
    const workshops = await service.sessions(c, { type: SessionType.WORKSHOP }, loaders);
    expect(workshops.every((s) => s.type === SessionType.WORKSHOP)).toBe(true);
    const send = await service.sessions(c, { track: 'send' }, loaders);
    expect(send.map((s) => s.title)).toContainEqual(expect.stringMatching(/SEND/));
    const all = await service.sessions(c, {}, loaders);
    const days = all.map((s) => s.day ?? '9999');
    expect([...days].sort()).toEqual(days);
  });
});
