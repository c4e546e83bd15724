import type { CodegenConfig } from '@graphql-codegen/cli';

// The committed schema (apps/api/schema.gql, printed from the code-first API) is the contract; the web
// client's operations are typed from it. `npm run codegen` regenerates; a test fails when it is stale.
const config: CodegenConfig = {
  schema: 'apps/api/schema.gql',
  documents: ['apps/web/src/graphql/*.graphql'],
  generates: {
    'libs/shared/src/generated/graphql.ts': {
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        documentMode: 'string',
        // the schema's enums are the shared TypeScript enums the API registers
        enumValues: {
          ConferenceSeries: '../enums#ConferenceSeries',
          SessionType: '../enums#SessionType',
          TimePrecision: '../enums#TimePrecision',
          DayPart: '../enums#DayPart',
          SessionStatus: '../enums#SessionStatus',
          SpeakerRole: '../enums#SpeakerRole',
        },
        avoidOptionals: { field: true },
        scalars: { LocalDate: 'string', DateTime: 'string', ID: 'string' },
        useTypeImports: true,
        skipTypename: true,
      },
    },
  },
};
export default config;
