import { AuthTokenEntity } from '../accounts/auth-token.entity';
import { UserEntity } from '../accounts/user.entity';
import { AppSettingEntity } from '../common/database/app-setting.entity';
import { RateLimitEntity } from '../accounts/rate-limits/rate-limit.entity';
import { ConferenceEntity } from '../conferences/conference.entity';
import { RoomEntity } from '../conferences/room.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { RoundupEntity } from '../roundups/roundup.entity';
import { RoundupSessionEntity, RoundupSpeakerEntity } from '../roundups/roundup-mention.entity';
import { SessionSpeakerEntity } from '../sessions/session-speaker.entity';
import { SessionEntity } from '../sessions/session.entity';
import { FeedbackEntity } from '../feedback/feedback.entity';
import { NoteEntity } from '../notes/note.entity';
import { ConferenceThemeEntity } from '../programme/conference-theme.entity';
import { ProgrammeDraftEntity } from '../programme/programme-draft.entity';
import { ProgrammeVersionEntity } from '../programme/programme-version.entity';
import { PushOutboxEntity } from '../notifications/push-outbox.entity';
import { PushPreferenceEntity } from '../notifications/push-preference.entity';
import { PushSubscriptionEntity } from '../notifications/push-subscription.entity';
import { StarEntity } from '../schedules/star.entity';
import { ScheduleChangesSeenEntity } from '../schedules/schedule-changes-seen.entity';
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
  RoundupSpeakerEntity,
  RoundupSessionEntity,
  AppSettingEntity,
  UserEntity,
  AuthTokenEntity,
  StarEntity,
  ScheduleChangesSeenEntity,
  NoteEntity,
  FeedbackEntity,
  ProgrammeDraftEntity,
  ConferenceThemeEntity,
  ProgrammeVersionEntity,
  RateLimitEntity,
  PushSubscriptionEntity,
  PushPreferenceEntity,
  PushOutboxEntity,
];
