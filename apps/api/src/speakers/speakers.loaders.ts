// Data access in speakers: reads of a request through these loaders (EntityReader SQL); finding one
// by id outside a request through the TypeORM repository (SpeakersService). The speakers of the
// published programme are read with it, in sessions/published.
import type { PublicReader } from '../common/dataloaders/public-reader';
import { present } from '../common/loaded';
import { toOrganisationModel } from '../organisations/models/organisation.model';
import type { OrganisationsLoaders } from '../organisations/organisations.loaders';
import { type SpeakerModel, toSpeakerModel } from './models/speaker.model';
import { SpeakerEntity } from './speaker.entity';

/** Speakers by id as stored (drafts name them too), for one request. */
export function speakersLoaders(reader: PublicReader, organisations: OrganisationsLoaders) {
  return {
    byId: reader.byId(SpeakerEntity),

    /** Speakers as the API gives them, with their organisations (one statement for all of them). */
    async models(rows: readonly SpeakerEntity[]): Promise<SpeakerModel[]> {
      const ids = [...new Set(rows.flatMap((s) => (s.organisationId ? [s.organisationId] : [])))];
      const found = new Map(present(await organisations.byId.loadMany(ids)).map((o) => [o.id, o]));
      return rows.map((s) => {
        const o = s.organisationId ? found.get(s.organisationId) : undefined;
        return toSpeakerModel(s, o ? toOrganisationModel(o) : null);
      });
    },
  };
}
export type SpeakersLoaders = ReturnType<typeof speakersLoaders>;
