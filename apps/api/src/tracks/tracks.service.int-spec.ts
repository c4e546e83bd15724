import type { DataSource } from 'typeorm';
import { createTheme } from '../../test/factories';
import { createTestDatabase } from '../../test/test-database';
import { TrackEntity } from './track.entity';
import { TracksService } from './tracks.service';

describe('TracksService', () => {
  let ds: DataSource;
  let service: TracksService;
  beforeAll(async () => {
    ds = await createTestDatabase();
    service = new TracksService(ds.getRepository(TrackEntity));
    // themes made out of order, so the order answered is the service's
    await createTheme(ds, 'Mental health');
    await createTheme(ds, 'SEND');
    await createTheme(ds, 'Funding');
  });
  afterAll(() => ds.destroy());

  it('lists every theme by name', async () => {
    const names = (await service.list()).map((t) => t.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    expect(names).toContain('SEND');
  });
});
