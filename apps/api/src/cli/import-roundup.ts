import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { configOrExit, exitOnError } from './config-or-exit';

const USAGE = `Usage:
  npm run import-roundup -- <file> --conference <slug> [--post "<title>"]
      <file>        a post as plain text: title on the first line, then paragraphs (author and date lines optional)
      --conference  the conference it reports on, e.g. ncasc-2018
      --post        when the file holds many posts one after another (like a blog capture), the title of the one to import
  Creates a DRAFT round-up with its mentions of the conference's speakers and sessions suggested;
  staff review the mentions and publish it in the web app.`;

/** Imports a plain-text post as a draft round-up, against DATABASE_URL (migrating it first). */
async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { conference: { type: 'string' }, post: { type: 'string' }, help: { type: 'boolean' } },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const [file] = positionals;
  if (!file || !values.conference) throw new Error(USAGE);
  // npm runs scripts from the repository root; a relative path means where the command was typed
  let text = readFileSync(resolve(process.env.INIT_CWD ?? process.cwd(), file), 'utf8');
  const config = configOrExit();
  const { extractPost } = await import('../roundups/import/parse-post');
  if (values.post) {
    const post = extractPost(text, values.post);
    if (post === null) throw new Error(`${file} holds no post titled "${values.post}"`);
    text = post;
  }
  const { NestFactory } = await import('@nestjs/core');
  const { AppModule } = await import('../app.module');
  const { DatabaseSetupService } = await import('../database/database-setup.service');
  const { RoundupsService } = await import('../roundups/roundups.service');
  const { DomainError } = await import('../common/errors/domain-errors');
  const { appLoaders } = await import('../app-loaders');
  const { PublishedProgramme } = await import('../sessions/published/published-programme.service');
  const { MentionKind } = await import('../roundups/roundup-mention.entity');
  const { DataSource } = await import('typeorm');

  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), {
    logger: ['error', 'warn'],
  });
  try {
    await app.get(DatabaseSetupService).migrate();
    const roundup = await app
      .get(RoundupsService)
      .importPost(values.conference, text)
      .catch((e: unknown) => {
        throw e instanceof DomainError ? new Error(`${e.field ? `${e.field}: ` : ''}${e.message}`) : e;
      });
    const loaders = appLoaders(app.get(DataSource), app.get(PublishedProgramme));
    const mentions = await loaders.roundups.mentions.load(roundup.id);
    const names = await Promise.all(
      mentions.map(async (m) =>
        m.kind === MentionKind.SPEAKER
          ? `speaker  ${(await loaders.speakers.byId.load(m.targetId))?.name} ("${m.matchedText}")`
          : `session  ${(await loaders.sessions.byId.load(m.targetId))?.title} ("${m.matchedText}")`,
      ),
    );
    console.log(`imported draft ${roundup.id}: ${roundup.title}`);
    console.log(`${mentions.length} mentions suggested${names.length ? ':' : ''}`);
    for (const n of names) console.log(`  ${n}`);
  } finally {
    await app.close();
  }
}

main().catch(exitOnError);
