import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchema } from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTestApp, type TestApp } from '../test/create-test-app';

describe('the committed GraphQL schema (apps/api/schema.gql)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ seed: false });
  });
  afterAll(() => t.close());

  it('is the schema the code serves (run `npm run codegen` after changing a resolver or model)', () => {
    const served = `${printSchema(t.app.get(GraphQLSchemaHost).schema)}\n`;
    expect(served).toBe(readFileSync(join(__dirname, '..', 'schema.gql'), 'utf8'));
  });

  it('keeps the public contract other issues and clients rely on', () => {
    const sdl = readFileSync(join(__dirname, '..', 'schema.gql'), 'utf8');
    const type = (name: string) => new RegExp(`type ${name} \\{([^}]*)\\}`).exec(sdl)?.[1] ?? '';
    for (const f of ['conferences(', 'conference(slug: String!)', 'session(id: ID!)', 'speaker(id: ID!)'])
      expect(type('Query')).toContain(f);
    const fields = (name: string) => [...type(name).matchAll(/^\s+(\w+)[(:]/gm)].map((m) => m[1]);
    expect(fields('Conference')).toEqual(
      expect.arrayContaining([
        'slug',
        'name',
        'series',
        'year',
        'city',
        'venue',
        'startsOn',
        'endsOn',
        'timezone',
        'hashtag',
        'sessions',
        'speakers',
        'roundups',
      ]),
    );
    expect(fields('Session')).toEqual(
      expect.arrayContaining([
        'id',
        'title',
        'summary',
        'type',
        'startsAt',
        'endsAt',
        'timePrecision',
        'room',
        'tracks',
        'status',
        'speakers',
        'conference',
      ]),
    );
    expect(fields('Speaker')).toEqual(
      expect.arrayContaining(['id', 'name', 'role', 'organisation', 'sessions']),
    );
    expect(fields('Roundup')).toEqual(
      expect.arrayContaining([
        'id',
        'title',
        'author',
        'publishedOn',
        'bodyHtml',
        'conference',
        'sessions',
        'speakers',
      ]),
    );
  });
});
