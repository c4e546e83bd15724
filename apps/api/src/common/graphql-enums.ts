import { registerEnumType } from '@nestjs/graphql';
import {
  ConferenceSeries,
  DayPart,
  SessionStatus,
  SessionType,
  SpeakerRole,
  TimePrecision,
} from '@ncasc/shared';

registerEnumType(ConferenceSeries, {
  name: 'ConferenceSeries',
  description: 'NCASC or the ADCS Annual Conference',
});
registerEnumType(SessionType, { name: 'SessionType' });
registerEnumType(TimePrecision, {
  name: 'TimePrecision',
  description: 'How much of a session time the sources give. Only EXACT sessions have startsAt/endsAt.',
});
registerEnumType(DayPart, { name: 'DayPart' });
registerEnumType(SessionStatus, { name: 'SessionStatus' });
registerEnumType(SpeakerRole, { name: 'SpeakerRole', description: "A speaker's part in one session" });

export { ConferenceSeries, DayPart, SessionStatus, SessionType, SpeakerRole, TimePrecision };
