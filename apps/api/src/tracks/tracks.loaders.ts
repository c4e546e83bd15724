// Data access in tracks: reads of a request through these loaders (EntityReader SQL); the list of
// themes and finding one by slug through the TypeORM repository (TracksService).
import type { PublicReader } from '../common/dataloaders/public-reader';
import { TrackEntity } from './track.entity';

/** Themes of sessions, for one request. */
export function tracksLoaders(reader: PublicReader) {
  return {
    bySession: reader.linked(
      TrackEntity,
      'session_tracks',
      'session_id',
      'track_id',
      undefined,
      'tracksBySession',
    ),
  };
}
export type TracksLoaders = ReturnType<typeof tracksLoaders>;
