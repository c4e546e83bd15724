import { type AppConfig, buildDataSourceOptions, loadConfig } from '@ncasc/config';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { entities } from './entities';
import { migrations } from './migrations';

export function dataSourceOptions(config: AppConfig = loadConfig()): DataSourceOptions {
  return buildDataSourceOptions(config, { entities, migrations });
}

/** For the TypeORM CLI (`typeorm migration:generate -d dist/database/data-source.js`). */
export const AppDataSource = new DataSource(dataSourceOptions());
