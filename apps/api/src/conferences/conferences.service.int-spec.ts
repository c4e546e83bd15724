import { ConferenceSeries } from '@ncasc/shared';
import type { DataSource } from 'typeorm';
import { createConference } from '../../test/factories';
import { createTestDatabase } from '../../test/test-database';
import { conferenceDays } from './conference-days';
import { ConferenceEntity } from './conference.entity';
import { ConferencesService } from './conferences.service';

describe('ConferencesService', () => {
  let ds: DataSource;
  let service: ConferencesService;
  beforeAll(async () => {
    ds = await createTestDatabase();
    service = new ConferencesService(ds.getRepository(ConferenceEntity));
    await createConference(ds, { year: 2017 });
    await createConference(ds, { year: 2022, series: ConferenceSeries.ADCS });
    await createConference(ds, { year: 2018, startsOn: '2018-11-14', endsOn: '2018-11-16' });
    await createConference(ds, { year: 2015 });
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
    expect(conferenceDays({ startsOn: '2018-07-04', endsOn: '2018-07-06' })).toEqual([
      '2018-07-04',
      '2018-07-05',
      '2018-07-06',
    ]);
    expect(conferenceDays({ startsOn: '2022-11-02', endsOn: null })).toEqual(['2022-11-02']);
    expect(conferenceDays({ startsOn: null, endsOn: null })).toEqual([]);
  });
});
