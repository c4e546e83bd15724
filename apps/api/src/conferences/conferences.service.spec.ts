import { ConferenceSeries } from '@ncasc/shared';
import type { DataSource } from 'typeorm';
import { createSeededDatabase } from '../../test/seeded-database';
import { conferenceDays } from './conference-days';
import { ConferenceEntity } from './conference.entity';
import { ConferencesService } from './conferences.service';

describe('ConferencesService', () => {
  let ds: DataSource;
  let service: ConferencesService;
  beforeAll(async () => {
    ds = await createSeededDatabase();
    service = new ConferencesService(ds.getRepository(ConferenceEntity));
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
