import { type MigrationInterface, type QueryRunner, TableColumn } from 'typeorm';

/**
 * What the search index holds for each kind of row: the SQL (over the trigger's NEW row) for its title
 * and body. The index is kept in step by triggers, so every write — the app's, the seeder's, a restore —
 * reaches it. Visibility (drafts, removed sessions, other people's notes) is decided when searching, by
 * joining back to the rows themselves.
 */
export const SEARCH_SOURCES = [
  { table: 'sessions', kind: 'SESSION', title: 'NEW.title', body: "coalesce(NEW.summary, '')" },
  {
    table: 'speakers',
    kind: 'SPEAKER',
    title: 'NEW.name',
    body: `coalesce(NEW.role, '') || ' ' || coalesce((SELECT o.name FROM organisations o WHERE o.id = NEW.organisation_id), '')`,
  },
  {
    table: 'roundups',
    kind: 'ROUNDUP',
    title: 'NEW.title',
    body: `coalesce(NEW.author, '') || ' ' || NEW.body_markdown`,
  },
  { table: 'notes', kind: 'NOTE', title: "''", body: 'NEW.body' },
] as const;

const MENTION_TABLES = ['roundup_speakers', 'roundup_sessions'] as const;

/**
 * Mentions that staff review (each link between a write-up and a speaker or session gets a status, the
 * words that matched and where), and the full-text search index: SQLite FTS5 with the Porter stemmer on
 * the embedded database, a weighted tsvector with a GIN index on PostgreSQL.
 */
export class RoundupMentionsAndSearch1764300000000 implements MigrationInterface {
  name = 'RoundupMentionsAndSearch1764300000000';

  public async up(q: QueryRunner): Promise<void> {
    for (const table of MENTION_TABLES) {
      // links made before review existed were hand-checked (the seeds): they count as confirmed
      await q.addColumns(table, [
        new TableColumn({ name: 'status', type: 'varchar', length: '12', default: "'CONFIRMED'" }),
        new TableColumn({ name: 'matched_text', type: 'varchar', length: '300', isNullable: true }),
        new TableColumn({ name: 'excerpt', type: 'varchar', length: '400', isNullable: true }),
      ]);
    }
    if (q.connection.driver.options.type === 'postgres') await this.postgresSearch(q);
    else await this.sqliteSearch(q);
    for (const s of SEARCH_SOURCES) {
      const select = (expr: string) => expr.replace(/NEW\./g, 't.');
      await q.query(
        `INSERT INTO search_entries (kind, ref_id, title, body)
         SELECT '${s.kind}', t.id, ${select(s.title)}, ${select(s.body)} FROM ${s.table} t`,
      );
    }
  }

  private async sqliteSearch(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE search_entries (
      id integer PRIMARY KEY AUTOINCREMENT,
      kind varchar(10) NOT NULL,
      ref_id varchar(36) NOT NULL,
      title text NOT NULL,
      body text NOT NULL,
      UNIQUE (kind, ref_id))`);
    // external-content FTS5 table over search_entries: the text is stored once
    await q.query(`CREATE VIRTUAL TABLE search_fts USING fts5(title, body,
      content = 'search_entries', content_rowid = 'id', tokenize = 'porter unicode61 remove_diacritics 2')`);
    await q.query(`CREATE TRIGGER search_entries_ai AFTER INSERT ON search_entries BEGIN
      INSERT INTO search_fts (rowid, title, body) VALUES (NEW.id, NEW.title, NEW.body); END`);
    await q.query(`CREATE TRIGGER search_entries_ad AFTER DELETE ON search_entries BEGIN
      INSERT INTO search_fts (search_fts, rowid, title, body) VALUES ('delete', OLD.id, OLD.title, OLD.body); END`);
    await q.query(`CREATE TRIGGER search_entries_au AFTER UPDATE ON search_entries BEGIN
      INSERT INTO search_fts (search_fts, rowid, title, body) VALUES ('delete', OLD.id, OLD.title, OLD.body);
      INSERT INTO search_fts (rowid, title, body) VALUES (NEW.id, NEW.title, NEW.body); END`);
    for (const s of SEARCH_SOURCES) {
      const upsert = `INSERT INTO search_entries (kind, ref_id, title, body)
        VALUES ('${s.kind}', NEW.id, ${s.title}, ${s.body})
        ON CONFLICT (kind, ref_id) DO UPDATE SET title = excluded.title, body = excluded.body;`;
      await q.query(`CREATE TRIGGER search_${s.table}_ai AFTER INSERT ON ${s.table} BEGIN ${upsert} END`);
      await q.query(`CREATE TRIGGER search_${s.table}_au AFTER UPDATE ON ${s.table} BEGIN ${upsert} END`);
      await q.query(`CREATE TRIGGER search_${s.table}_ad AFTER DELETE ON ${s.table} BEGIN
        DELETE FROM search_entries WHERE kind = '${s.kind}' AND ref_id = OLD.id; END`);
    }
  }

  private async postgresSearch(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE search_entries (
      kind varchar(10) NOT NULL,
      ref_id varchar(36) NOT NULL,
      title text NOT NULL,
      body text NOT NULL,
      document tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english'::regconfig, title), 'A') ||
        setweight(to_tsvector('english'::regconfig, body), 'B')) STORED,
      PRIMARY KEY (kind, ref_id))`);
    await q.query(`CREATE INDEX search_entries_document ON search_entries USING gin (document)`);
    for (const s of SEARCH_SOURCES) {
      await q.query(`CREATE FUNCTION search_sync_${s.table}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP = 'DELETE' THEN
            DELETE FROM search_entries WHERE kind = '${s.kind}' AND ref_id = OLD.id;
          ELSE
            INSERT INTO search_entries (kind, ref_id, title, body)
            VALUES ('${s.kind}', NEW.id, ${s.title}, ${s.body})
            ON CONFLICT (kind, ref_id) DO UPDATE SET title = EXCLUDED.title, body = EXCLUDED.body;
          END IF;
          RETURN NULL;
        END $$`);
      await q.query(`CREATE TRIGGER search_sync_${s.table} AFTER INSERT OR UPDATE OR DELETE ON ${s.table}
        FOR EACH ROW EXECUTE FUNCTION search_sync_${s.table}()`);
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    const postgres = q.connection.driver.options.type === 'postgres';
    for (const s of SEARCH_SOURCES) {
      if (postgres) {
        await q.query(`DROP TRIGGER IF EXISTS search_sync_${s.table} ON ${s.table}`);
        await q.query(`DROP FUNCTION IF EXISTS search_sync_${s.table}()`);
      } else {
        for (const op of ['ai', 'au', 'ad']) await q.query(`DROP TRIGGER IF EXISTS search_${s.table}_${op}`);
      }
    }
    if (!postgres) await q.query(`DROP TABLE IF EXISTS search_fts`);
    await q.query(`DROP TABLE IF EXISTS search_entries`);
    for (const table of MENTION_TABLES) {
      for (const column of ['excerpt', 'matched_text', 'status']) await q.dropColumn(table, column);
    }
  }
}
