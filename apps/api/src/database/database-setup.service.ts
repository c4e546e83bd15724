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

  /** What every start does: migrate; seed a database that has no conference yet. */
  async prepare(options: { seedIfEmpty: boolean; seedDir?: string }): Promise<void> {
    await this.migrate();
    if (options.seedIfEmpty && (await this.isEmpty())) await this.seed(options.seedDir);
  }
}
