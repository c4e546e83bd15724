import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { InvalidInputError } from '../errors/domain-errors';

/**
 * Cursor paging, one way for every list that grows (see docs/api.md, "Paging"). A cursor is the
 * place of one item in its list's order: its sort key (ending in something unique, so no two items
 * share one), tagged with the kind of list, as base64url JSON. Clients treat it as opaque. A page is
 * the items whose key comes after the cursor's, in the list's order, so it stays right when items
 * before it come or go; an item the cursor named may itself be gone.
 */
export type CursorKey = readonly (string | number)[];

/** How large a page of a list that is whole by default may be. */
export const MAX_PAGE = 100;

/** The cursor of an item whose key in a list of this kind is `key`. */
export function encodeCursor(kind: string, key: CursorKey): string {
  return Buffer.from(JSON.stringify([kind, ...key]), 'utf8').toString('base64url');
}

/**
 * The key a cursor holds; BAD_USER_INPUT naming the argument when it is not a cursor of this kind of
 * list (or not a cursor at all). `shape` gives each part's type.
 */
export function decodeCursor(
  kind: string,
  cursor: string,
  shape: readonly ('string' | 'number')[],
  argument = 'after',
): CursorKey {
  const bad = () => new InvalidInputError(argument, `${argument} is not a cursor of this list`);
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw bad();
  }
  if (!Array.isArray(parts) || parts[0] !== kind || parts.length !== shape.length + 1) throw bad();
  const key = parts.slice(1) as unknown[];
  key.forEach((part, i) => {
    if (typeof part !== shape[i] || (typeof part === 'number' && !Number.isFinite(part))) throw bad();
  });
  return key as CursorKey;
}

/** Whether an optional argument was sent (GraphQL gives null for an explicit null, undefined for none). */
export const isGiven = <T>(value: T | null | undefined): value is T => value !== null && value !== undefined;

/** The key of an `after` argument, or null when it is not given. */
export function afterKey<K>(after: string | null | undefined, decode: (cursor: string) => K): K | null {
  return isGiven(after) ? decode(after) : null;
}

/** Orders two keys part by part: strings as the lists sort them (localeCompare), numbers by value. */
export function compareKeys(a: CursorKey, b: CursorKey): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    const d = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

/** A page of a list held in memory (a snapshot's), already in the order of `keyOf`. */
export function pageInMemory<T>(
  items: readonly T[],
  page: { first?: number | null; after?: CursorKey | null },
  keyOf: (item: T) => CursorKey,
): T[] {
  const after = page.after;
  const rest = after ? items.filter((item) => compareKeys(keyOf(item), after) > 0) : [...items];
  return isGiven(page.first) ? rest.slice(0, page.first) : rest;
}

/** `after`: where a page starts. */
@ArgsType()
export class AfterArgs {
  @Field(() => String, {
    nullable: true,
    description:
      "Only the items after this one: an item's `cursor` from the same list (from the start when left out)",
  })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  after?: string | null;
}

/** `first` and `after` on a list that comes whole when neither is given. */
@ArgsType()
export class PageArgs extends AfterArgs {
  @Field(() => Int, {
    nullable: true,
    description: `At most this many items, 1–${MAX_PAGE} (all of them when left out)`,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE)
  first?: number | null;
}
