import type { DataSource } from 'typeorm';
import { createTestDatabase } from '../../test/test-database';
import { ConferenceEntity } from '../conferences/conference.entity';
import { DatabaseSetupService } from './database-setup.service';

describe('DatabaseSetupService', () => {
  let ds: DataSource;
  beforeAll(async () => {
    ds = await createTestDatabase();
  });
  afterAll(() => ds.destroy());

  it('seeds an empty database on start, and leaves a database with conferences alone afterwards', async () => {
    const setup = new DatabaseSetupService(ds);
    expect(await setup.isEmpty()).toBe(true);
    await setup.prepare({ seedIfEmpty: true });
    const conferences = ds.getRepository(ConferenceEntity);
    expect(await conferences.count()).toBeGreaterThanOrEqual(6);

    // an organiser's edit survives the next start
    await conferences.update({ slug: 'ncasc-2018' }, { venue: 'Manchester Central' });
    await setup.prepare({ seedIfEmpty: true });
    expect((await conferences.findOneBy({ slug: 'ncasc-2018' }))!.venue).toBe('Manchester Central');
  });

  it('has nothing left to migrate after a start', async () => {
    expect(await new DatabaseSetupService(ds).migrate()).toEqual([]);
  });
});
