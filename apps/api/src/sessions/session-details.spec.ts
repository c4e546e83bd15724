import { type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, Kind, parse } from 'graphql';
import { asksAny, SESSION_DETAILS } from './session-details';

/** The resolve info of the top field of `query`, as far as asksAny reads it. */
function infoOf(query: string): GraphQLResolveInfo {
  const doc = parse(query);
  const operation = doc.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION)!;
  const field = operation.selectionSet.selections[0] as FieldNode;
  const fragments = Object.fromEntries(
    doc.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  return { fieldNodes: [field], fragments } as unknown as GraphQLResolveInfo;
}

const CHAINED = 'fragment A on Session { id ...B } fragment B on Session';

describe('asksAny: whether a list of sessions is asked for with their room, themes or speakers', () => {
  it.each([
    ['asked directly', '{ sessions { id title room { name } } }'],
    ['in an inline fragment', '{ sessions { id ... on Session { tracks { slug } } } }'],
    ['in a named fragment, nested', `{ sessions { ...A } } ${CHAINED} { participants { role } }`],
  ])('finds them %s', (_how, query) => {
    expect(asksAny(infoOf(query), SESSION_DETAILS)).toBe(true);
  });

  it.each([
    ['a list asked for without them', '{ sessions { id title when } }'],
    // a field of the same name further down (the conference's themes) is not the session's
    ['a field of that name further down', '{ sessions { id conference { tracks { slug } } } }'],
    ['fragments that refer to each other', `{ sessions { ...A } } ${CHAINED} { title ...A }`],
  ])('says no for %s', (_what, query) => {
    expect(asksAny(infoOf(query), SESSION_DETAILS)).toBe(false);
  });
});
