import { GraphQLSchemaHost } from '@nestjs/graphql';
import { buildSchema, isObjectType, printSchema } from 'graphql';
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
    // read through graphql-js, so descriptions (which the schema now has everywhere) do not matter
    const schema = buildSchema(readFileSync(join(__dirname, '..', 'schema.gql'), 'utf8'));
    const fieldMap = (name: string) => {
      const type = schema.getType(name);
      return isObjectType(type) ? type.getFields() : {};
    };
    const query = fieldMap('Query');
    expect(query.conferences).toBeDefined();
    const signature = (f: string) => query[f]?.args.map((a) => `${a.name}: ${String(a.type)}`);
    expect(signature('conference')).toEqual(['slug: String!']);
    expect(signature('session')).toEqual(['id: ID!']);
    expect(signature('speaker')).toEqual(['id: ID!']);
    const fields = (name: string) => Object.keys(fieldMap(name));
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
