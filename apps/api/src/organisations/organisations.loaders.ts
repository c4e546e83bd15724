// Data access in organisations: read through these loaders (EntityReader SQL); nothing here writes.
import type { PublicReader } from '../common/dataloaders/public-reader';
import { OrganisationEntity } from './organisation.entity';

/** Organisations by id, for one request. */
export function organisationsLoaders(reader: PublicReader) {
  return {
    byId: reader.byId(OrganisationEntity),
  };
}
export type OrganisationsLoaders = ReturnType<typeof organisationsLoaders>;
