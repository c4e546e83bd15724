import { groupBy } from '@ncasc/shared';
import DataLoader from 'dataloader';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { publicDataVersion } from '../cache/public-data-version';
import { EntityReader } from '../database/entity-reader';
import type { SharedRows } from './shared-rows';

/** Every loader batches up to this many keys into one statement. */
export const BATCH = { maxBatchSize: 500 };

/**
 * What every domain's loaders share for one request: the data source, the public rows kept across
 * requests and the public data version the request reads at. Domain loaders (`sessions.loaders.ts`…)
 * batch each lookup into one SQL statement per kind, so a query costs a fixed number of statements
 * however many rows it returns. One instance per request (never shared between users).
 */
export class PublicReader {
  /**
   * @param shared public rows kept across requests (the app's, for every request); without it every
   *   lookup reads the database
   * @param knownVersion the public data version already read for this request, if it was
   */
  constructor(
    readonly ds: DataSource,
    private readonly shared?: SharedRows,
    knownVersion?: number,
  ) {
    if (knownVersion !== undefined) this.version = Promise.resolve(knownVersion);
  }

  /** The public data version, read once per request (the first time a shared row is wanted). */
  private version: Promise<number> | undefined;

  /** The public data version this request reads at (one statement, the first time it is wanted). */
  publicVersion(): Promise<number> {
    this.version ??= publicDataVersion(this.ds);
    return this.version;
  }

  /**
   * Values by key, from the shared rows when they hold them, else read (and then kept there). Rows
   * read but not found are not kept.
   */
  async sharedOr<T>(
    kind: string | undefined,
    keys: readonly string[],
    read: (keys: string[]) => Promise<Map<string, T>>,
  ): Promise<(T | undefined)[]> {
    const shared = this.shared;
    if (!shared || !kind) {
      const map = await read([...keys]);
      return keys.map((k) => map.get(k));
    }
    const version = await this.publicVersion();
    const { found, missing } = shared.take<T>(version, kind, keys);
    if (missing.length) {
      for (const [key, value] of await read(missing)) found.set(key, shared.put(version, kind, key, value));
    }
    return keys.map((k) => found.get(k));
  }

  /** Rows by a unique column (the id unless told); kept across requests as `kind` when given. */
  byId<T extends ObjectLiteral & { id: string }>(
    entity: EntityTarget<T>,
    kind?: string,
    unique: { column: string; of: (row: T) => string } = { column: 'id', of: (row) => row.id },
  ): DataLoader<string, T | null> {
    const read = async (keys: string[]) => {
      const reader = EntityReader.of(this.ds, entity);
      const rows = await reader.select(`WHERE ${reader.inList(`t.${unique.column}`)}`, [
        reader.inListParam(keys),
      ]);
      return new Map(rows.map((r) => [unique.of(r), r]));
    };
    return new DataLoader(
      async (ids) => (await this.sharedOr(kind, ids, read)).map((row) => row ?? null),
      BATCH,
    );
  }

  /** Targets linked to owners through a many-to-many join table, grouped by owner. */
  linked<T extends ObjectLiteral>(
    entity: EntityTarget<T>,
    joinTable: string,
    ownerColumn: string,
    targetColumn: string,
    extraWhere?: string,
    kind?: string,
  ): DataLoader<string, T[]> {
    const read = async (ownerIds: string[]) => {
      const reader = EntityReader.of(this.ds, entity);
      const where = `WHERE ${reader.inList(`j.${ownerColumn}`)}${extraWhere ? ` AND ${extraWhere}` : ''}`;
      // one row per (owner, target)
      const rows = await reader.selectWith<{ owner_id: string }>(
        `, j.${ownerColumn} AS owner_id`,
        `JOIN ${joinTable} j ON j.${targetColumn} = t.id ${where}`,
        [reader.inListParam(ownerIds)],
      );
      const groups = groupBy(rows, (r) => r.row.owner_id);
      return new Map(ownerIds.map((id) => [id, (groups.get(id) ?? []).map((r) => r.entity)]));
    };
    return new DataLoader(
      async (ownerIds) => (await this.sharedOr(kind, ownerIds, read)).map((list) => list ?? []),
      BATCH,
    );
  }

  /** Rows whose `column` is one of the keys, grouped by it (one statement per batch, none shared). */
  grouped<T extends ObjectLiteral>(
    entity: EntityTarget<T>,
    column: string,
    of: (row: T) => string,
    rest = '',
  ): DataLoader<string, T[]> {
    return new DataLoader<string, T[]>(async (ids) => {
      const reader = EntityReader.of(this.ds, entity);
      const rows = await reader.select(`WHERE ${reader.inList(`t.${column}`)}${rest}`, [
        reader.inListParam(ids),
      ]);
      const groups = groupBy(rows, of);
      return ids.map((id) => groups.get(id) ?? []);
    }, BATCH);
  }
}
