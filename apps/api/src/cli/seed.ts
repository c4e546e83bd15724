import 'reflect-metadata';
import { loadConfig } from '@ncasc/config';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module';
import { DatabaseSetupService } from '../database/database-setup.service';

/** `npm run seed`: migrate, then load (or reload in place) the seeded programmes. */
async function main(): Promise<void> {
  const config = loadConfig();
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), {
    logger: ['error', 'warn', 'log'],
  });
  const setup = app.get(DatabaseSetupService);
  await setup.migrate();
  const summary = await setup.seed(config.seedDataDir);
  console.log(JSON.stringify(summary));
  await app.close();
}

void main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
