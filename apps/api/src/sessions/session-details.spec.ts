import { type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, Kind, parse } from 'graphql';
import { asksAny } from './sessions.resolver';

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

const DETAILS = new Set(['room', 'tracks', 'participants']);

describe('asksAny: whether a list of sessions is asked for with their room, themes or speakers', () => {
  it('finds the fields asked directly, in inline fragments and in named fragments (nested too)', () => {
    expect(asksAny(infoOf('{ sessions { id title room { name } } }'), DETAILS)).toBe(true);
    expect(asksAny(infoOf('{ sessions { id ... on Session { tracks { slug } } } }'), DETAILS)).toBe(true);
    expect(
      asksAny(
        infoOf(
          '{ sessions { ...A } } fragment A on Session { id ...B } fragment B on Session { participants { role } }',
        ),
        DETAILS,
      ),
    ).toBe(true);
  });

  it('says no for a list asked for without them, however its fragments refer to each other', () => {
    expect(asksAny(infoOf('{ sessions { id title when } }'), DETAILS)).toBe(false);
    // a field of the same name further down (the conference's themes) is not the session's
    expect(asksAny(infoOf('{ sessions { id conference { tracks { slug } } } }'), DETAILS)).toBe(false);
    expect(
      asksAny(
        infoOf(
          '{ sessions { ...A } } fragment A on Session { id ...B } fragment B on Session { title ...A }',
        ),
        DETAILS,
      ),
    ).toBe(false);
  });
});
