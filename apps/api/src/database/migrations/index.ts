import { InitialProgrammeSchema1763900000000 } from './1763900000000-initial-programme-schema';

/** Every migration, in order. A new migration is added here and committed with the entity change. */
export const migrations = [InitialProgrammeSchema1763900000000];
