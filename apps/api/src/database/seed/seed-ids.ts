import { v5 as uuidv5 } from 'uuid';

/** Namespace for ids derived from seed keys: the same key gives the same id on every machine and re-run. */
const SEED_NAMESPACE = '6f1c7a4e-2b0d-5c8e-9a3f-4d2e1b0c9a87';

export const seedId = (
  kind: 'conference' | 'session' | 'speaker' | 'roundup' | 'track' | 'organisation' | 'room' | 'version',
  key: string,
): string => uuidv5(`${kind}:${key}`, SEED_NAMESPACE);
