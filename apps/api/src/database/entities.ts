import { ConferenceEntity } from '../conferences/conference.entity';
import { RoomEntity } from '../conferences/room.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { RoundupEntity } from '../roundups/roundup.entity';
import { SessionSpeakerEntity } from '../sessions/session-speaker.entity';
import { SessionEntity } from '../sessions/session.entity';
import { SpeakerEntity } from '../speakers/speaker.entity';
import { TrackEntity } from '../tracks/track.entity';

export const entities = [
  OrganisationEntity,
  ConferenceEntity,
  RoomEntity,
  TrackEntity,
  RoundupEntity,
  SpeakerEntity,
  SessionEntity,
  SessionSpeakerEntity,
];
