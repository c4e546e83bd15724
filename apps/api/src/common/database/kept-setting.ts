import type { DataSource } from 'typeorm';
import { AppSettingEntity } from './app-setting.entity';
import { write } from './transactions';

/**
 * A server-side value made once and kept in `app_settings` (a generated secret, generated keys): the
 * stored one if there is one, else `make()`'s, stored. Instances starting together on one database
 * all end up with the first one stored (the insert is ignored when the name is already there).
 */
export async function keptSetting(ds: DataSource, name: string, make: () => string): Promise<string> {
  const settings = ds.getRepository(AppSettingEntity);
  const found = await settings.findOneBy({ name });
  if (found) return found.value;
  await write(ds, (m) =>
    m.createQueryBuilder().insert().into(AppSettingEntity).values({ name, value: make() }).orIgnore().execute(),
  );
  return (await settings.findOneByOrFail({ name })).value;
}
