import type { ApolloServerPlugin } from '@apollo/server';

/** The argument or input field written just before a position in the query text (`day: "2018-02-30"` → day). */
export function nameBefore(source: string, line: number, column: number): string | undefined {
  const lines = source.split('\n');
  let offset = column - 1;
  for (let i = 0; i < line - 1 && i < lines.length; i++) offset += lines[i].length + 1;
  return /([_A-Za-z][_0-9A-Za-z]*)\s*:\s*$/.exec(source.slice(0, offset))?.[1];
}

/**
 * Names the field of a BAD_USER_INPUT error that graphql-js raised while reading a literal in the query
 * text (the error itself only carries a position). Errors from our validation already name theirs.
 */
export const fieldNamingPlugin: ApolloServerPlugin = {
  // eslint-disable-next-line @typescript-eslint/require-await
  async requestDidStart() {
    return {
      // eslint-disable-next-line @typescript-eslint/require-await
      async willSendResponse({ response, source }) {
        if (response.body.kind !== 'single' || !source) return;
        const errors = response.body.singleResult.errors;
        if (!errors) return;
        response.body.singleResult.errors = errors.map((e) => {
          if (e.extensions?.code !== 'BAD_USER_INPUT' || e.extensions.field || !e.locations?.length) return e;
          const field = nameBefore(source, e.locations[0].line, e.locations[0].column);
          return field ? { ...e, extensions: { ...e.extensions, field } } : e;
        });
      },
    };
  },
};
