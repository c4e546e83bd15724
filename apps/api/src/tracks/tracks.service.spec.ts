import type { DataSource } from 'typeorm';
import { createSeededDatabase } from '../../test/seeded-database';
import { TrackEntity } from './track.entity';
import { TracksService } from './tracks.service';

describe('TracksService', () => {
  let ds: DataSource;
  let service: TracksService;
  beforeAll(async () => {
    ds = await createSeededDatabase();
    service = new TracksService(ds.getRepository(TrackEntity));
  });
  afterAll(() => ds.destroy());

  it('lists every theme by name', async () => {
    const names = (await service.list()).map((t) => t.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    expect(names).toContain('SEND');
  });
});
