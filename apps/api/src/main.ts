import 'reflect-metadata';
import { ConfigError, loadConfig } from '@ncasc/config';
import { Logger } from '@nestjs/common';
import { createApp } from './bootstrap';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(1);
    }
    throw e;
  }
  const app = await createApp(config);
  await app.listen(config.port, config.host);
  const where = config.database.kind === 'sqlite' ? config.database.path : 'PostgreSQL';
  new Logger('Start').log(`Conference programmes on ${config.publicUrl} (database: ${where})`);
}

void main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
