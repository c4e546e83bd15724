import 'reflect-metadata';
import { buildConfig } from '@ncasc/config';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchema } from 'graphql';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppModule } from '../app.module';
import { exitOnError } from './config-or-exit';

/** Writes the code-first schema to apps/api/schema.gql: the committed contract the web client is typed from. */
async function main(): Promise<void> {
  const config = buildConfig({ DATABASE_URL: 'sqlite::memory:', SEED_ON_START: 'false' });
  const app = await NestFactory.create(AppModule.forRoot(config), { logger: ['error'] });
  await app.init();
  const target = resolve(__dirname, '..', '..', 'schema.gql');
  writeFileSync(target, `${printSchema(app.get(GraphQLSchemaHost).schema)}\n`);
  await app.close();
  console.log(`wrote ${target}`);
}

main().catch(exitOnError);
