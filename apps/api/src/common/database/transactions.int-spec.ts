import Database from 'better-sqlite3';
import type { DataSource } from 'typeorm';
import { createTestDatabase } from '../../../test/test-database';
import { ConferenceEntity } from '../../conferences/conference.entity';
import { inTransaction, write } from './transactions';

describe('inTransaction', () => {
  let ds: DataSource;
  beforeAll(async () => {
    ds = await createTestDatabase();
  });
  afterAll(() => ds.destroy());

  const conference = (slug: string) => ({
    id: `00000000-0000-4000-8000-${slug.replace(/\D/g, '').padStart(12, '0')}`,
    slug,
    name: slug,
    series: 'NCASC',
    year: Number(slug.slice(-4)),
    timezone: 'Europe/London',
  });

  it('runs transactions asked for at once without nesting them, keeping each one whole', async () => {
    const slugs = ['ncasc-2001', 'ncasc-2002', 'ncasc-2003', 'ncasc-2004'];
    const results = await Promise.allSettled(
      slugs.map((slug, i) =>
        inTransaction(ds, async (m) => {
          await m.insert(ConferenceEntity, conference(slug) as never);
          await new Promise((r) => setTimeout(r, 5));
          if (i === 1) throw new Error('changed my mind');
          return slug;
        }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    const saved = await ds.getRepository(ConferenceEntity).find({ order: { slug: 'ASC' } });
    expect(saved.map((c) => c.slug)).toEqual(['ncasc-2001', 'ncasc-2003', 'ncasc-2004']);
  });

  it('keeps a write acknowledged while another request’s transaction was open when that transaction rolls back', async () => {
    let opened!: () => void;
    const isOpen = new Promise<void>((r) => (opened = r));
    const rolledBack = inTransaction(ds, async (m) => {
      await m.insert(ConferenceEntity, conference('ncasc-2011') as never);
      opened();
      await new Promise((r) => setTimeout(r, 20));
      throw new Error('changed my mind');
    });
    await isOpen;
    // another request saves while the transaction above is still open on the shared connection
    const acknowledged = write(ds, (m) => m.insert(ConferenceEntity, conference('ncasc-2012') as never));
    await expect(rolledBack).rejects.toThrow('changed my mind');
    await acknowledged;
    const slugs = (await ds.getRepository(ConferenceEntity).find()).map((c) => c.slug);
    expect(slugs).toContain('ncasc-2012');
    expect(slugs).not.toContain('ncasc-2011');
  });

  it('has every write of a burst stored, for any connection to read, by the time it is acknowledged, and keeps the others when one fails', async () => {
    const slugs = Array.from({ length: 30 }, (_, i) => `ncasc-${2100 + i}`);
    // another connection to the same database: it sees only what was committed
    const other = ds.options.type === 'postgres' ? null : new Database(String(ds.options.database));
    const seenWhenAcknowledged: boolean[] = [];
    const results = await Promise.allSettled(
      slugs.map(async (slug, i) => {
        await (i % 2
          ? write(ds, (m) => m.insert(ConferenceEntity, conference(slug) as never))
          : inTransaction(ds, async (m) => {
              await m.insert(ConferenceEntity, conference(slug) as never);
              if (i === 10) throw new Error('changed my mind');
            }));
        const stored = other
          ? other.prepare('SELECT 1 FROM conferences WHERE slug = ?').get(slug) !== undefined
          : (await ds.query(`SELECT 1 FROM conferences WHERE slug = $1`, [slug])).length === 1;
        seenWhenAcknowledged.push(stored);
      }),
    );
    other?.close();
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(1);
    expect(seenWhenAcknowledged).toEqual(Array.from({ length: 29 }, () => true));
    const saved = (await ds.getRepository(ConferenceEntity).find()).map((c) => c.slug);
    expect(saved).not.toContain('ncasc-2110');
    expect(slugs.filter((s) => saved.includes(s))).toHaveLength(29);
  });
});
