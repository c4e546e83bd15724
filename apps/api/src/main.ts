import 'reflect-metadata';
import { configOrExit, exitOnError } from './cli/config-or-exit';

async function main(): Promise<void> {
  const config = configOrExit();
  // loaded only once the configuration is known to be valid
  const { Logger } = await import('@nestjs/common');
  const { createApp } = await import('./bootstrap');
  const app = await createApp(config);
  await app.listen(config.port, config.host);
  const where = config.database.kind === 'sqlite' ? config.database.path : 'PostgreSQL';
  new Logger('Start').log(`Conference programmes on ${config.publicUrl} (database: ${where})`);
  // first run: no organiser yet, none named by ORGANISER_EMAIL; the link goes to this process's own output only
  const { FirstOrganiserService } = await import('./accounts/first-organiser.service');
  const link = await app.get(FirstOrganiserService).issueLink();
  if (link)
    process.stdout.write(
      `\nNo organiser account yet. Create the first one in your browser (this link works once):\n\n  ${link}\n\n`,
    );
}

main().catch(exitOnError);
