import 'reflect-metadata';
import { configOrExit, exitOnError } from './config-or-exit';

/** `npm run seed`: migrate, then load (or reload in place) the seeded programmes. */
async function main(): Promise<void> {
  const config = configOrExit();
  const { NestFactory } = await import('@nestjs/core');
  const { AppModule } = await import('../app.module');
  const { DatabaseSetupService } = await import('../database/database-setup.service');
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), {
    logger: ['error', 'warn', 'log'],
  });
  const setup = app.get(DatabaseSetupService);
  await setup.migrate();
  const summary = await setup.seed(config.seedDataDir);
  console.log(JSON.stringify(summary));
  await app.close();
}

main().catch(exitOnError);
