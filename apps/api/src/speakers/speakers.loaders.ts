// Data access in speakers: reads of a request through these loaders (EntityReader SQL); finding one
// by id outside a request through the TypeORM repository (SpeakersService).
import type { PublicReader } from '../common/dataloaders/public-reader';
import { SpeakerEntity } from './speaker.entity';

/** Speakers by id, for one request. */
export function speakersLoaders(reader: PublicReader) {
  return {
    byId: reader.byId(SpeakerEntity, 'speaker'),
  };
}
export type SpeakersLoaders = ReturnType<typeof speakersLoaders>;
