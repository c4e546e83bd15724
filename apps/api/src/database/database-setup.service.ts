import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ConferenceEntity } from '../conferences/conference.entity';
import { readSeedData } from './seed/seed-files';
import { applySeed, type SeedSummary } from './seed/seeder';

@Injectable()
export class DatabaseSetupService {
  private readonly logger = new Logger('Database');

  constructor(private readonly ds: DataSource) {}

  /** Applies the committed migrations that have not run yet. */
  async migrate(): Promise<string[]> {
    const applied = await this.ds.runMigrations({ transaction: 'each' });
    for (const m of applied) this.logger.log(`migrated: ${m.name}`);
    return applied.map((m) => m.name);
  }

  async isEmpty(): Promise<boolean> {
    return (await this.ds.getRepository(ConferenceEntity).count()) === 0;
  }

  /** Loads (or reloads, in place) the programmes reconstructed from the round-up posts. */
  async seed(dir?: string): Promise<SeedSummary> {
    const summary = await applySeed(this.ds, readSeedData(dir));
    this.logger.log(
      `seeded ${summary.conferences} conferences, ${summary.sessions} sessions, ${summary.speakers} speakers, ${summary.roundups} write-ups, ${summary.themes} themes`,
    );
    return summary;
  }

  /**
   * Runs start-up work (migrating, seeding, the first accounts) while no other instance does the same.
   * On PostgreSQL, instances started together on one database would otherwise apply the same migration
   * twice (the second fails: "column already exists") or seed twice; a session advisory lock, one per
   * schema, makes each wait for the one before and then find nothing left to do. SQLite: runs it as is.
   */
  async exclusively<T>(work: () => Promise<T>): Promise<T> {
    if (this.ds.options.type !== 'postgres') return work();
    const runner = this.ds.createQueryRunner();
    const key = `hashtext('ncasc start-up ' || current_schema())`;
    try {
      await runner.query(`SELECT pg_advisory_lock(${key})`);
      try {
        return await work();
      } finally {
        await runner.query(`SELECT pg_advisory_unlock(${key})`);
      }
    } finally {
      await runner.release();
    }
  }

  /** What every start does: migrate; seed a database that has no conference yet. */
  async prepare(options: { seedIfEmpty: boolean; seedDir?: string }): Promise<void> {
    await this.migrate();
    if (options.seedIfEmpty && (await this.isEmpty())) await this.seed(options.seedDir);
  }
}
