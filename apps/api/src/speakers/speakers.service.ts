import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { Loaders } from '../common/dataloaders/loaders';
import { present } from '../common/loaded';
import type { SessionSpeakerEntity } from '../sessions/session-speaker.entity';
import { sortAcrossConferences } from '../sessions/agenda-order';
import { SpeakerEntity } from './speaker.entity';

@Injectable()
export class SpeakersService {
  constructor(@InjectRepository(SpeakerEntity) private readonly speakers: Repository<SpeakerEntity>) {}

  findById(id: string): Promise<SpeakerEntity | null> {
    return this.speakers.findOneBy({ id });
  }

  /**
   * A speaker's appearances across every conference, oldest conference first and in agenda order
   * within each: the record of what they said, year by year.
   */
  async appearances(speakerId: string, loaders: Loaders): Promise<SessionSpeakerEntity[]> {
    const participations = await loaders.participationsBySpeaker.load(speakerId);
    const sessions = present(await loaders.session.loadMany(participations.map((p) => p.sessionId))).filter(
      (s) => !s.removedAt,
    );
    const conferences = present(
      await loaders.conference.loadMany([...new Set(sessions.map((s) => s.conferenceId))]),
    );
    const ordered = sortAcrossConferences(sessions, conferences);
    const bySession = new Map(participations.map((p) => [p.sessionId, p]));
    return ordered.map((s) => bySession.get(s.id)!);
  }
}
