// Data access in round-ups: a request's reads are EntityReader SQL through these loaders; staff's
// writes go through the TypeORM entity manager (RoundupsService). The publication rules of write-ups
// are written here: only PUBLISHED round-ups and only CONFIRMED mentions are public.
import { groupBy } from '@ncasc/shared';
import DataLoader from 'dataloader';
import { BATCH, type PublicReader } from '../common/dataloaders/public-reader';
import { EntityReader } from '../common/database/entity-reader';
import { SessionEntity } from '../sessions/session.entity';
import { SpeakerEntity } from '../speakers/speaker.entity';
import { conferenceMatcher } from './mentions/conference-matcher';
import type { MentionMatcher } from './mentions/match-mentions';
import { RoundupEntity, RoundupStatus } from './roundup.entity';
import {
  type MentionFields,
  MentionKind,
  MentionStatus,
  RoundupSessionEntity,
  RoundupSpeakerEntity,
} from './roundup-mention.entity';

/** Only mentions staff confirmed are public links between write-ups and speakers or sessions. */
const CONFIRMED = `j.status = '${MentionStatus.CONFIRMED}'`;
/** Only published write-ups are public. */
const PUBLISHED = `t.status = '${RoundupStatus.PUBLISHED}'`;

/** One mention of a write-up, whichever table holds it. */
export interface Mention extends MentionFields {
  kind: MentionKind;
  targetId: string;
}

/** Write-ups and what they mention, for one request. */
export function roundupsLoaders(reader: PublicReader) {
  return {
    /** By id, drafts too (see loadRoundupModel). */
    byId: reader.byId(RoundupEntity),

    /** Sessions each write-up mentions (confirmed), removed ones left out. */
    sessions: reader.linked(
      SessionEntity,
      'roundup_sessions',
      'roundup_id',
      'session_id',
      `t.removed_at IS NULL AND ${CONFIRMED}`,
    ),
    /** Speakers each write-up mentions (confirmed). */
    speakers: reader.linked(SpeakerEntity, 'roundup_speakers', 'roundup_id', 'speaker_id', CONFIRMED),
    /** Published write-ups that mention each session (confirmed). */
    bySession: reader.linked(
      RoundupEntity,
      'roundup_sessions',
      'session_id',
      'roundup_id',
      `${PUBLISHED} AND ${CONFIRMED}`,
    ),
    /** Published write-ups that mention each speaker (confirmed). */
    bySpeaker: reader.linked(
      RoundupEntity,
      'roundup_speakers',
      'speaker_id',
      'roundup_id',
      `${PUBLISHED} AND ${CONFIRMED}`,
    ),

    /** Published write-ups of each conference, by date then title. */
    byConference: reader.grouped(
      RoundupEntity,
      'conference_id',
      (r) => r.conferenceId,
      ` AND ${PUBLISHED} ORDER BY t.published_on ASC, t.title ASC`,
    ),

    /** Every mention of each write-up, whatever its status (staff review them; the public sees confirmed). */
    mentions: new DataLoader<string, Mention[]>(async (ids) => {
      const ofRoundups = <T extends RoundupSpeakerEntity | RoundupSessionEntity>(
        entity: new () => T,
      ): Promise<T[]> => {
        const rows = EntityReader.of(reader.ds, entity);
        return rows.select(`WHERE ${rows.inList('t.roundup_id')}`, [rows.inListParam(ids)]);
      };
      const [speakers, sessions] = await Promise.all([
        ofRoundups(RoundupSpeakerEntity),
        ofRoundups(RoundupSessionEntity),
      ]);
      const mentions: Mention[] = [
        ...speakers.map(({ speakerId, ...m }) => ({ ...m, kind: MentionKind.SPEAKER, targetId: speakerId })),
        ...sessions.map(({ sessionId, ...m }) => ({ ...m, kind: MentionKind.SESSION, targetId: sessionId })),
      ];
      const groups = groupBy(mentions, (m) => m.roundupId);
      return ids.map((id) => groups.get(id) ?? []);
    }, BATCH),

    /** Finds each conference's speakers and sessions in text. */
    matcher: new DataLoader<string, MentionMatcher>(
      (ids) => Promise.all(ids.map((id) => conferenceMatcher(reader.ds.manager, id))),
      BATCH,
    ),
  };
}
export type RoundupsLoaders = ReturnType<typeof roundupsLoaders>;
