import type { DataSource } from 'typeorm';

/**
 * The public programme's version: raised by database triggers on every write to a public table
 * (migration 1764500000000), so every instance sharing the database sees the same number.
 */
export async function publicDataVersion(ds: DataSource): Promise<number> {
  const [row] = await ds.query<{ version: number }[]>(
    `SELECT version FROM data_versions WHERE name = 'public'`,
  );
  return Number(row?.version ?? 0);
}
