import { Field, ID, ObjectType } from '@nestjs/graphql';
import { OrganisationModel } from '../../organisations/models/organisation.model';
import type { SpeakerEntity } from '../speaker.entity';
import { type CursorKey, decodeCursor, encodeCursor } from '../../common/graphql/paging';

@ObjectType('Speaker', {
  description: 'A person who spoke, chaired or sat on a panel: one record across the years',
})
export class SpeakerModel {
  @Field(() => ID, { description: 'Their id (never changes)' }) id!: string;
  @Field({ description: 'Their name, without honorifics' }) name!: string;
  @Field(() => [String], { description: 'Titles used with the name: "Rt Hon", "MP", "CBE"…' })
  honorifics!: string[];
  @Field(() => String, { nullable: true, description: 'Their most recent role as the sources give it' })
  role!: string | null;
  @Field(() => String, { nullable: true, description: 'The organisation they were last listed with' })
  organisation!: string | null;
  @Field(() => OrganisationModel, {
    nullable: true,
    description: 'The organisation they were last listed with, as a record; null when none',
  })
  organisationRef!: OrganisationModel | null;
  @Field({
    description: 'Its place in a list of speakers by name: pass it as `after` for the speakers after it',
  })
  cursor!: string;
  organisationId!: string | null;
  sourceRoundupId!: string | null;
}

const SPEAKER_CURSOR = 'speaker';

/** Where a speaker stands in a list of speakers: by name, then id. */
export const speakerOrderKey = (s: Pick<SpeakerModel, 'name' | 'id'>): CursorKey => [s.name, s.id];
export const decodeSpeakerCursor = (cursor: string): CursorKey =>
  decodeCursor(SPEAKER_CURSOR, cursor, ['string', 'string']);

/**
 * A speaker as the API gives them, with their organisation (null when none is given). `cursor` is worked
 * out when asked, by a getter on the prototype: one shape for every speaker (V8 keeps an object literal
 * with a getter as a dictionary, over a kilobyte each).
 */
class SpeakerModelOf implements SpeakerModel {
  readonly id: string;
  readonly name: string;
  readonly honorifics: string[];
  readonly role: string | null;
  readonly organisationId: string | null;
  readonly sourceRoundupId: string | null;
  readonly organisation: string | null;
  readonly organisationRef: OrganisationModel | null;

  constructor(e: SpeakerEntity, organisation: OrganisationModel | null) {
    this.id = e.id;
    this.name = e.name;
    this.honorifics = e.honorifics ?? [];
    this.role = e.role;
    this.organisationId = e.organisationId;
    this.sourceRoundupId = e.sourceRoundupId;
    this.organisation = organisation?.name ?? null;
    this.organisationRef = organisation;
  }

  get cursor() {
    return encodeCursor(SPEAKER_CURSOR, speakerOrderKey(this));
  }
}

export const toSpeakerModel = (e: SpeakerEntity, organisation: OrganisationModel | null): SpeakerModel =>
  new SpeakerModelOf(e, organisation);
