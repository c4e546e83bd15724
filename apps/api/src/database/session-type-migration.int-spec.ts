import { SessionType } from '@ncasc/shared';
import type { DataSource } from 'typeorm';
import { createTestDatabase } from '../../test/test-database';
import { createConference, createSession, createTheme, createUser } from '../../test/factories';
import { StarEntity } from '../schedules/star.entity';
import { SessionEntity } from '../sessions/session.entity';
import { SessionTypeOptional1764610000000 } from './migrations/1764610000000-session-type-optional';

const MIGRATION = new SessionTypeOptional1764610000000().name;

async function undoUntilBefore(ds: DataSource, name: string): Promise<void> {
  for (;;) {
    const applied = await ds.query<{ name: string }[]>(`SELECT name FROM typeorm_migrations`);
    if (!applied.some((m) => m.name === name)) return;
    await ds.undoLastMigration();
  }
}

const publicVersion = async (ds: DataSource) =>
  Number(
    (await ds.query<{ version: number }[]>(`SELECT version FROM data_versions WHERE name = 'public'`))[0]
      .version,
  );

describe('migration: a session type may be left unstated', () => {
  let ds: DataSource;
  beforeAll(async () => {
    ds = await createTestDatabase();
  });
  afterAll(() => ds.destroy());

  const triggers = async () =>
    ds.options.type === 'postgres'
      ? await ds.query<{ name: string }[]>(
          `SELECT tgname AS name FROM pg_trigger WHERE tgrelid = 'sessions'::regclass AND NOT tgisinternal ORDER BY 1`,
        )
      : await ds.query<{ name: string }[]>(
          `SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'sessions' ORDER BY 1`,
        );

  it('keeps every session, star, theme link and trigger through the change', async () => {
    const before = await triggers();
    expect(before.map((t) => t.name)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^public_version_sessions/),
        expect.stringMatching(/^search_/),
      ]),
    );
    // the data is made on today's schema (what the factories write), then the schema is taken back to
    // before this migration (the later ones undone too) and brought forward again
    const conference = await createConference(ds);
    const theme = await createTheme(ds, 'Care leavers');
    const session = await createSession(ds, conference, { type: SessionType.WORKSHOP, themes: [theme] });
    const user = await createUser(ds);
    await ds.getRepository(StarEntity).insert({ userId: user.id, sessionId: session.id });
    await undoUntilBefore(ds, MIGRATION);
    expect(await ds.query(`SELECT type FROM sessions WHERE id = '${session.id}'`)).toEqual([
      { type: SessionType.WORKSHOP },
    ]);

    await ds.runMigrations();

    expect(await triggers()).toEqual(before);
    expect(await ds.getRepository(StarEntity).countBy({ sessionId: session.id })).toBe(1);
    const kept = await ds.getRepository(SessionEntity).findOneOrFail({
      where: { id: session.id },
      relations: { tracks: true },
    });
    expect(kept.type).toBe(SessionType.WORKSHOP);
    expect((kept.tracks ?? []).map((t) => t.id)).toEqual([theme.id]);

    const version = await publicVersion(ds);
    await ds.getRepository(SessionEntity).update(session.id, { type: null });
    expect(await publicVersion(ds)).toBeGreaterThan(version);
    expect((await ds.getRepository(SessionEntity).findOneByOrFail({ id: session.id })).type).toBeNull();
    if (ds.options.type !== 'postgres')
      expect(await ds.query('PRAGMA foreign_keys')).toEqual([{ foreign_keys: 1 }]);
  });

  it('can be reverted: a session without a type gets one the old schema accepts', async () => {
    await undoUntilBefore(ds, MIGRATION);
    const types = await ds.query<{ type: string }[]>(`SELECT DISTINCT type FROM sessions`);
    expect(types.map((t) => t.type)).not.toContain(null);
    await ds.runMigrations();
    expect((await ds.driver.createSchemaBuilder().log()).upQueries).toHaveLength(0);
  });
});
