import { groupBy } from '@ncasc/shared';
import DataLoader from 'dataloader';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { publicDataVersion } from '../cache/public-data-version';
import { EntityReader } from '../database/entity-reader';

/** Every loader batches up to this many keys into one statement. */
export const BATCH = { maxBatchSize: 500 };

/**
 * What every domain's loaders share for one request: the data source and the public data version the
 * request reads at. Domain loaders (`roundups.loaders.ts`…) batch each lookup into one SQL statement
 * per kind, so a query costs a fixed number of statements however many rows it returns. One instance
 * per request (never shared between users). Nothing here is kept across requests: the published
 * programme, which is, is sessions/published.
 */
export class PublicReader {
  /** @param knownVersion the public data version already read for this request, if it was */
  constructor(
    readonly ds: DataSource,
    knownVersion?: number,
  ) {
    if (knownVersion !== undefined) this.version = Promise.resolve(knownVersion);
  }

  private version: Promise<number> | undefined;

  /** The public data version this request reads at (one statement, the first time it is wanted). */
  publicVersion(): Promise<number> {
    this.version ??= publicDataVersion(this.ds);
    return this.version;
  }

  /** Rows by a unique column (the id unless told). */
  byId<T extends ObjectLiteral & { id: string }>(
    entity: EntityTarget<T>,
    unique: { column: string; of: (row: T) => string } = { column: 'id', of: (row) => row.id },
  ): DataLoader<string, T | null> {
    return new DataLoader(async (keys) => {
      const reader = EntityReader.of(this.ds, entity);
      const rows = await reader.select(`WHERE ${reader.inList(`t.${unique.column}`)}`, [
        reader.inListParam(keys),
      ]);
      const found = new Map(rows.map((r) => [unique.of(r), r]));
      return keys.map((k) => found.get(k) ?? null);
    }, BATCH);
  }

  /** Targets linked to owners through a many-to-many join table, grouped by owner. */
  linked<T extends ObjectLiteral>(
    entity: EntityTarget<T>,
    joinTable: string,
    ownerColumn: string,
    targetColumn: string,
    extraWhere?: string,
  ): DataLoader<string, T[]> {
    return new DataLoader(async (ownerIds) => {
      const reader = EntityReader.of(this.ds, entity);
      const where = `WHERE ${reader.inList(`j.${ownerColumn}`)}${extraWhere ? ` AND ${extraWhere}` : ''}`;
      // one row per (owner, target)
      const rows = await reader.selectWith<{ owner_id: string }>(
        `, j.${ownerColumn} AS owner_id`,
        `JOIN ${joinTable} j ON j.${targetColumn} = t.id ${where}`,
        [reader.inListParam(ownerIds)],
      );
      const groups = groupBy(rows, (r) => r.row.owner_id);
      return ownerIds.map((id) => (groups.get(id) ?? []).map((r) => r.entity));
    }, BATCH);
  }

  /** Rows whose `column` is one of the keys, grouped by it (one statement per batch). */
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
