import { buildConfig } from '@ncasc/config';
import { DataSource } from 'typeorm';
import { createTestDatabase, freshDatabaseConfig } from '../../test/test-database';
import { ConferenceEntity } from '../conferences/conference.entity';
import { dataSourceOptions } from './data-source';
import { DatabaseSetupService } from './database-setup.service';
import { migrations } from './migrations';

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

  // PostgreSQL only: there, several instances may share one database and start at the same moment (two
  // SQLite instances share a file only on one host, started one after the other)
  if (buildConfig(process.env).database.kind === 'postgres') {
    it('lets two instances start together on one empty database: each finds it migrated and seeded once', async () => {
      const config = await freshDatabaseConfig();
      const instances = [
        new DataSource(dataSourceOptions(config)),
        new DataSource(dataSourceOptions(config)),
      ];
      await Promise.all(instances.map((d) => d.initialize()));
      try {
        const starts = instances.map((d) => {
          const setup = new DatabaseSetupService(d);
          return setup.exclusively(() => setup.prepare({ seedIfEmpty: true }));
        });
        await expect(Promise.all(starts)).resolves.toHaveLength(2);
        const [{ n }] = await instances[1].query(`SELECT count(*)::int AS n FROM typeorm_migrations`);
        expect(n).toBe(migrations.length);
        expect(await instances[0].getRepository(ConferenceEntity).count()).toBeGreaterThanOrEqual(6);
      } finally {
        await Promise.all(instances.map((d) => d.destroy()));
      }
    });
  }
});
