import { type EntityManager, IsNull } from 'typeorm';
import { SessionEntity } from '../../sessions/session.entity';
import { SpeakerEntity } from '../../speakers/speaker.entity';
import { MentionMatcher } from './match-mentions';

/** Finds a conference's speakers and sessions (its programme as published) in text. */
export async function conferenceMatcher(m: EntityManager, conferenceId: string): Promise<MentionMatcher> {
  const [speakers, sessions] = await Promise.all([
    m
      .getRepository(SpeakerEntity)
      .createQueryBuilder('sp')
      .where(
        `EXISTS (SELECT 1 FROM session_speakers ss JOIN sessions s ON s.id = ss.session_id
          WHERE ss.speaker_id = sp.id AND s.conference_id = :conferenceId AND s.removed_at IS NULL)`,
        { conferenceId },
      )
      .getMany(),
    m.getRepository(SessionEntity).find({
      where: { conferenceId, removedAt: IsNull() },
      select: { id: true, title: true },
    }),
  ]);
  return new MentionMatcher(
    speakers.map((s) => ({ id: s.id, name: s.name, honorifics: s.honorifics })),
    sessions.map((s) => ({ id: s.id, title: s.title })),
  );
}
