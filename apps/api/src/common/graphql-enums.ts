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
  valuesMap: {
    NCASC: { description: 'The National Children and Adult Services Conference (autumn)' },
    ADCS: { description: 'The ADCS Annual Conference (summer)' },
  },
});
registerEnumType(SessionType, {
  name: 'SessionType',
  description: 'What kind of session it is, as the programme calls it',
  valuesMap: {
    KEYNOTE: { description: 'A keynote address' },
    PLENARY: { description: 'A plenary session for the whole conference' },
    WORKSHOP: { description: 'A workshop or breakout session' },
    PANEL: { description: 'A panel discussion' },
    FRINGE: { description: 'A fringe meeting beside the main programme' },
    SOCIAL: { description: 'A dinner, reception or other social event' },
    PRIVATE: { description: 'A closed session, e.g. the directors-only first day of the ADCS conference' },
  },
});
registerEnumType(TimePrecision, {
  name: 'TimePrecision',
  description: 'How much of a session time the sources give. Only EXACT sessions have startsAt/endsAt.',
  valuesMap: {
    EXACT: { description: 'A clock time: startsAt (and endsAt when known)' },
    DAY_PART: { description: 'A day and a part of it ("Thursday morning"): day and dayPart' },
    DAY: { description: 'A day only' },
    UNKNOWN: { description: 'Neither day nor time is given' },
  },
});
registerEnumType(DayPart, {
  name: 'DayPart',
  description: 'A part of a day, in the conference’s local time',
  valuesMap: {
    MORNING: { description: 'Before 12:00' },
    AFTERNOON: { description: '12:00 to 17:00' },
    EVENING: { description: 'From 17:00' },
  },
});
registerEnumType(SessionStatus, {
  name: 'SessionStatus',
  description: 'Whether a session still takes place',
  valuesMap: {
    SCHEDULED: { description: 'In the programme' },
    CANCELLED: { description: 'Cancelled, kept in the programme so delegates who starred it see so' },
  },
});
registerEnumType(SpeakerRole, {
  name: 'SpeakerRole',
  description: "A speaker's part in one session",
  valuesMap: {
    SPEAKER: { description: 'Gives a talk or address' },
    CHAIR: { description: 'Chairs the session' },
    PANELLIST: { description: 'Sits on the panel' },
  },
});

export { ConferenceSeries, DayPart, SessionStatus, SessionType, SpeakerRole, TimePrecision };
