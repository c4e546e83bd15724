import type { DataSource, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

/**
 * Reads entities by hand-written SQL, hydrated with TypeORM's own column mapping and value conversion
 * (dates, booleans, transformers), without building a query with the QueryBuilder on every request.
 * On the read paths every page takes (agendas, schedules, feeds, sign-in checks) building and
 * hydrating through the QueryBuilder cost more than running the SQL; this costs a string join.
 *
 * SQL is written with `?` placeholders (numbered `$1…` for PostgreSQL here) and the entity's table
 * aliased `t`. A list parameter goes through `inList()`: one statement text whatever the list's length.
 */
export class EntityReader<T extends ObjectLiteral> {
  private readonly metadata: EntityMetadata;
  private readonly columns: readonly ColumnMetadata[];
  /** `t."id", t."title", …` */
  private readonly columnList: string;
  private readonly table: string;
  private readonly postgres: boolean;

  private constructor(
    private readonly ds: DataSource,
    entity: EntityTarget<T>,
  ) {
    this.metadata = ds.getMetadata(entity);
    this.columns = this.metadata.columns.filter((c) => !c.isVirtual && !c.embeddedMetadata);
    this.postgres = ds.options.type === 'postgres';
    this.columnList = this.columns.map((c) => `t.${this.quote(c.databaseName)}`).join(', ');
    this.table = this.quote(this.metadata.tableName);
  }

  private static readonly made = new WeakMap<DataSource, Map<EntityTarget<ObjectLiteral>, unknown>>();

  /** One reader per data source and entity (made once: it holds the column list). */
  static of<T extends ObjectLiteral>(ds: DataSource, entity: EntityTarget<T>): EntityReader<T> {
    let readers = EntityReader.made.get(ds);
    if (!readers) EntityReader.made.set(ds, (readers = new Map<EntityTarget<ObjectLiteral>, unknown>()));
    let reader = readers.get(entity) as EntityReader<T> | undefined;
    if (!reader) readers.set(entity, (reader = new EntityReader(ds, entity)));
    return reader;
  }

  /** `SELECT <every column of t> FROM <table> t <rest>` as entities. */
  async select(rest: string, params: readonly unknown[] = []): Promise<T[]> {
    const rows = await this.raw('', rest, params);
    return rows.map((r) => this.hydrate(r));
  }

  /**
   * Like select(), with more selected expressions (`, j.session_id AS owner_id`): each entity with the
   * row it came from.
   */
  async selectWith<R extends Record<string, unknown>>(
    extra: string,
    rest: string,
    params: readonly unknown[] = [],
  ): Promise<{ entity: T; row: R }[]> {
    const rows = await this.raw(extra, rest, params);
    return rows.map((row) => ({ entity: this.hydrate(row), row: row as R }));
  }

  /** One column of the rows `SELECT t.<column> FROM <table> t <rest>` finds (an index may answer alone). */
  async column<V>(column: string, rest: string, params: readonly unknown[] = []): Promise<V[]> {
    const sql = `SELECT t.${this.quote(column)} AS v FROM ${this.table} t ${rest}`;
    const rows: { v: V }[] = await this.ds.manager.query(this.numbered(sql), [...params]);
    return rows.map((r) => r.v);
  }

  /** Plain rows of `SELECT <expressions> FROM <table> t <rest>`, no entity made (`t.id, t.conference_id`). */
  async rows<R>(expressions: string, rest: string, params: readonly unknown[] = []): Promise<R[]> {
    const sql = `SELECT ${expressions} FROM ${this.table} t ${rest}`;
    return this.ds.manager.query(this.numbered(sql), [...params]);
  }

  /** `column` is one of a list (a single parameter, passed as `inListParam(values)`). */
  inList(column: string): string {
    return this.postgres ? `${column} = ANY(?)` : `${column} IN (SELECT value FROM json_each(?))`;
  }

  inListParam(values: readonly (string | number)[]): unknown {
    return this.postgres ? [...values] : JSON.stringify(values);
  }

  /** A parameter as the column stores it (a Date as SQLite's datetime text, for instance). */
  value(property: keyof T & string, value: unknown): unknown {
    const column = this.columns.find((c) => c.propertyName === property);
    if (!column) throw new Error(`${this.metadata.name} has no column ${property}`);
    return this.ds.driver.preparePersistentValue(value, column);
  }

  private async raw(
    extra: string,
    rest: string,
    params: readonly unknown[],
  ): Promise<Record<string, unknown>[]> {
    const sql = `SELECT ${this.columnList}${extra} FROM ${this.table} t ${rest}`;
    return this.ds.manager.query(this.numbered(sql), [...params]);
  }

  private hydrate(row: Record<string, unknown>): T {
    const entity = this.metadata.create(undefined, { fromDeserializer: true }) as T;
    const driver = this.ds.driver;
    for (const c of this.columns) {
      const value = row[c.databaseName];
      if (value !== undefined) c.setEntityValue(entity, driver.prepareHydratedValue(value, c));
    }
    return entity;
  }

  private quote(name: string): string {
    return `"${name.replace(/"/g, '""')}"`;
  }

  private numbered(sql: string): string {
    if (!this.postgres) return sql;
    let n = 0;
    return sql.replace(/\?/g, () => `$${++n}`);
  }
}
