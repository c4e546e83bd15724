import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  type DefinitionNode,
  type DocumentNode,
  Kind,
  parse,
  specifiedRules,
  validate,
  visit,
} from 'graphql';
import { createTestApp, type TestApp } from '../../../test/create-test-app';
import { QUERY_LIMITS, queryLimits } from './query-limits';

const ROOT = join(__dirname, '..', '..', '..', '..', '..');
const WEB_OPERATIONS = join(ROOT, 'apps', 'web', 'src', 'graphql');

/** Each operation the web client sends, with the fragments it uses, as the document it posts. */
function webOperations(): { name: string; document: DocumentNode }[] {
  const files = readdirSync(WEB_OPERATIONS).filter((f) => f.endsWith('.graphql'));
  const all = parse(files.map((f) => readFileSync(join(WEB_OPERATIONS, f), 'utf8')).join('\n'));
  const fragments = new Map(
    all.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])),
  );
  const withFragments = (root: DefinitionNode): DefinitionNode[] => {
    const found = new Map<string, DefinitionNode>();
    const walk = (node: DefinitionNode) =>
      visit(node, {
        FragmentSpread(spread) {
          const f = fragments.get(spread.name.value);
          if (f && !found.has(f.name.value)) {
            found.set(f.name.value, f);
            walk(f);
          }
        },
      });
    walk(root);
    return [root, ...found.values()];
  };
  return all.definitions.flatMap((d) =>
    d.kind === Kind.OPERATION_DEFINITION
      ? [
          {
            name: d.name!.value,
            document: { kind: Kind.DOCUMENT, definitions: withFragments(d) },
          },
        ]
      : [],
  );
}

describe('query limits', () => {
  it('let every operation of the web client through', () => {
    const schema = buildSchema(readFileSync(join(ROOT, 'apps', 'api', 'schema.gql'), 'utf8'));
    const { validationRules } = queryLimits();
    const operations = webOperations();
    expect(operations.length).toBeGreaterThan(30);
    for (const { name, document } of operations) {
      const errors = validate(schema, document, [...specifiedRules, ...validationRules]);
      expect({ name, errors: errors.map((e) => e.message) }).toEqual({ name, errors: [] });
    }
  });

  describe('through the API', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp();
    });
    afterAll(() => t.close());

    /** conference > sessions > speakers > sessions > … : `levels` lists under the agenda, then `id`. */
    const nested = (levels: number): string => {
      let q = '{ id }';
      for (let i = levels - 1; i >= 0; i--) q = `{ ${i % 2 ? 'sessions' : 'speakers'} ${q} }`;
      return `{ conference(slug: "ncasc-2018") { sessions ${q} } }`;
    };

    it.each([
      ['too deep', nested(10), 'maxDepth'],
      [
        'too costly',
        `{ ${Array.from({ length: 14 }, (_, i) => `c${i}: conferences { sessions { participants { speaker { appearances { session { title summary when } } } } } }`).join(' ')} }`,
        'maxCost',
      ],
      [
        'too many aliases',
        `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: tracks { id }`).join(' ')} }`,
        'maxAliases',
      ],
      [
        'too many directives',
        `{ tracks { ${Array.from({ length: 11 }, (_, i) => `i${i}: id @include(if: true)`).join(' ')} } }`,
        'maxDirectives',
      ],
      ['too many tokens', `{ ${'__typename '.repeat(1001)} }`, 'maxTokens'],
    ])(
      'refuses a query %s with QUERY_TOO_COMPLEX naming the limit, and runs nothing',
      async (_what, query, limit) => {
        const res = await t.gql(query);
        expect(res.data).toBeUndefined();
        expect(res.errors).toHaveLength(1);
        expect(res.errors?.[0].extensions).toEqual({
          code: 'QUERY_TOO_COMPLEX',
          field: 'query',
          limit,
          max: QUERY_LIMITS[limit as keyof typeof QUERY_LIMITS],
        });
      },
    );

    it('answers a query just inside the limits', async () => {
      const res = await t.gql(nested(5));
      expect(res.errors).toBeUndefined();
      expect(res.data).toBeTruthy();
    });
  });
});
