import type { DataSource } from 'typeorm';
import { createConference, createSession, createTheme } from '../../test/factories';
import { createTestDatabase } from '../../test/test-database';
import { Loaders } from '../common/dataloaders/loaders';
import { SessionEntity } from '../sessions/session.entity';
import { TrackEntity } from './track.entity';
import { TracksService } from './tracks.service';

describe('TracksService', () => {
  let ds: DataSource;
  let service: TracksService;
  beforeAll(async () => {
    ds = await createTestDatabase();
    service = new TracksService(ds.getRepository(TrackEntity), ds.getRepository(SessionEntity));
    // themes and conferences made out of order, so the orders answered are the service's
    const mentalHealth = await createTheme(ds, 'Mental health');
    const send = await createTheme(ds, 'SEND');
    await createTheme(ds, 'Funding');
    for (const [year, title, themes] of [
      [2022, 'Children’s mental health after the pandemic', [mentalHealth]],
      [2015, 'Mental health and wellbeing of looked-after children', [mentalHealth, send]],
      [2018, 'SEND reforms', [send]],
      [2017, 'Young people’s mental health services', [mentalHealth]],
    ] as const) {
      const conference = await createConference(ds, {
        year,
        startsOn: `${year}-11-01`,
        endsOn: `${year}-11-03`,
      });
      await createSession(ds, conference, { title, themes: [...themes] });
    }
  });
  afterAll(() => ds.destroy());

  it('follows a theme across the years: mental health from NCASC 2015 onwards, oldest first', async () => {
    const theme = (await service.findBySlug('mental-health'))!;
    const sessions = await service.sessionsAcrossYears(theme.id, new Loaders(ds));
    const conferences = await ds.query('SELECT id, year FROM conferences');
    const year = new Map<string, number>(
      conferences.map((c: { id: string; year: number }) => [c.id, Number(c.year)]),
    );
    const years = sessions.map((s) => year.get(s.conferenceId)!);
    expect(years[0]).toBe(2015);
    expect([...years].sort((a, b) => a - b)).toEqual(years);
    expect(sessions.map((s) => s.title)).toContainEqual(expect.stringMatching(/mental health/i));
  });

  it('lists every theme by name', async () => {
    const names = (await service.list()).map((t) => t.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    expect(names).toContain('SEND');
  });
});
