import { type QueryRunner, Table, TableColumn, type TableColumnOptions, TableForeignKey } from 'typeorm';

export interface ForeignKeySpec {
  column: string;
  table: string;
  onDelete: 'CASCADE' | 'SET NULL';
  /** TypeORM's many-to-many join tables cascade updates; entity relations do not. */
  onUpdate?: 'CASCADE' | 'NO ACTION';
}

export interface TableSpec {
  name: string;
  columns: TableColumnOptions[];
  foreignKeys?: ForeignKeySpec[];
  indices?: { columnNames: string[]; isUnique?: boolean }[];
}

/**
 * Portable pieces for migrations (TypeORM's Table API only, so the same migration runs on SQLite and
 * PostgreSQL). Keys and indices get the names TypeORM's naming strategy gives them, so the migrated
 * schema matches the entities exactly (src/database/migrations.spec.ts checks it).
 */
export function schemaBuilder(q: QueryRunner) {
  const postgres = q.connection.driver.options.type === 'postgres';
  const instant = postgres ? 'timestamptz' : 'datetime';
  const now = postgres ? 'now()' : 'CURRENT_TIMESTAMP';
  const names = q.connection.namingStrategy;
  return {
    instant,
    id: (name = 'id'): TableColumnOptions => ({ name, type: 'varchar', length: '36', isPrimary: true }),
    ref: (name: string, nullable = false): TableColumnOptions => ({
      name,
      type: 'varchar',
      length: '36',
      isNullable: nullable,
    }),
    text: (name: string, length: number | null, nullable = true): TableColumnOptions =>
      length === null
        ? { name, type: 'text', isNullable: nullable }
        : { name, type: 'varchar', length: String(length), isNullable: nullable },
    stamps: (which: ('created_at' | 'updated_at')[] = ['created_at', 'updated_at']): TableColumnOptions[] =>
      which.map((name) => ({ name, type: instant, default: now })),
    fk: (column: string, table: string, onDelete: 'CASCADE' | 'SET NULL'): ForeignKeySpec => ({
      column,
      table,
      onDelete,
    }),
    joinFk: (column: string, table: string): ForeignKeySpec => ({
      column,
      table,
      onDelete: 'CASCADE',
      onUpdate: 'CASCADE',
    }),
    table: (spec: TableSpec): Table =>
      new Table({
        name: spec.name,
        columns: spec.columns,
        foreignKeys: (spec.foreignKeys ?? []).map(
          (f) =>
            new TableForeignKey({
              name: names.foreignKeyName(spec.name, [f.column], f.table, ['id']),
              columnNames: [f.column],
              referencedTableName: f.table,
              referencedColumnNames: ['id'],
              onDelete: f.onDelete,
              onUpdate: f.onUpdate ?? 'NO ACTION',
            }),
        ),
        indices: (spec.indices ?? []).map((i) => ({
          name: names.indexName(spec.name, i.columnNames),
          columnNames: i.columnNames,
          isUnique: i.isUnique ?? false,
        })),
      }),
  };
}

/**
 * Runs a change that may rebuild tables and puts back every trigger those tables had (the public data
 * version's, the search index's). SQLite adds, drops or alters a column by rebuilding the table, and a
 * table's triggers go with it; PostgreSQL alters in place and keeps them.
 */
export async function keepingTriggers(q: QueryRunner, tables: string[], change: () => Promise<void>): Promise<void> {
  if (q.connection.driver.options.type === 'postgres') return change();
  const list = tables.map((t) => `'${t}'`).join(', ');
  const before = (await q.query(
    `SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN (${list}) ORDER BY name`,
  )) as { name: string; sql: string }[];
  await change();
  const left = new Set(
    ((await q.query(`SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN (${list})`)) as {
      name: string;
    }[]).map((t) => t.name),
  );
  for (const t of before) if (!left.has(t.name)) await q.query(t.sql);
}

const sqlite = (q: QueryRunner) => q.connection.driver.options.type !== 'postgres';

/**
 * Adds nullable columns. On SQLite with a plain ALTER TABLE: TypeORM's addColumn rebuilds the table
 * there, and dropping the old table inside a migration's transaction (where foreign keys cannot be
 * turned off) would cascade to every row that refers to it and lose the table's triggers.
 */
export async function addNullableColumns(q: QueryRunner, table: string, columns: TableColumnOptions[]): Promise<void> {
  for (const options of columns) {
    const column = new TableColumn({ ...options, isNullable: true });
    if (!sqlite(q)) await q.addColumn(table, column);
    else
      await q.query(
        `ALTER TABLE "${table}" ADD COLUMN "${column.name}" ${column.type}${column.length ? `(${column.length})` : ''}`,
      );
  }
}

/** Drops columns; on SQLite with ALTER TABLE … DROP COLUMN, which neither rebuilds nor cascades. */
export async function dropColumns(q: QueryRunner, table: string, names: string[]): Promise<void> {
  for (const name of names) {
    if (!sqlite(q)) await q.dropColumn(table, name);
    else await q.query(`ALTER TABLE "${table}" DROP COLUMN "${name}"`);
  }
}
