import { DayPart, SessionStatus, SessionType, SpeakerRole, TimePrecision } from '@ncasc/shared';
import type { DraftSessionFieldsFragment } from '@ncasc/shared/generated';
import { emptyFields, fieldsOf, sessionInput } from './session-input';

const TZ = 'Europe/London';

describe('sessionInput', () => {
  it('sends an exact time as UTC instants and no day', () => {
    const r = sessionInput(
      { ...emptyFields('2018-11-15'), title: ' Q&A ', start: '14:00', end: '15:00', room: 'Exchange Hall' },
      TZ,
    );
    expect(r).toEqual({
      input: expect.objectContaining({
        title: 'Q&A',
        timePrecision: TimePrecision.EXACT,
        day: null,
        dayPart: null,
        startsAt: '2018-11-15T14:00:00.000Z',
        endsAt: '2018-11-15T15:00:00.000Z',
        room: 'Exchange Hall',
      }),
    });
    expect('input' in r && 'speakers' in r.input).toBe(false);
  });

  it('asks for what a precision needs', () => {
    expect(sessionInput({ ...emptyFields(), start: '10:00' }, TZ)).toMatchObject({ field: 'day' });
    expect(sessionInput(emptyFields('2018-11-15'), TZ)).toMatchObject({ field: 'startsAt' });
    expect(
      sessionInput({ ...emptyFields('2018-11-15'), timePrecision: TimePrecision.DAY_PART }, TZ),
    ).toMatchObject({ field: 'dayPart' });
  });

  it('sends a part of a day without clock times', () => {
    const r = sessionInput(
      {
        ...emptyFields('2018-11-15'),
        timePrecision: TimePrecision.DAY_PART,
        dayPart: DayPart.MORNING,
        start: '10:00',
      },
      TZ,
    );
    expect(r).toMatchObject({
      input: { day: '2018-11-15', dayPart: 'MORNING', startsAt: null, endsAt: null },
    });
  });

  it('keeps known speakers by id and adds new ones by name, only when the names changed', () => {
    const existing: DraftSessionFieldsFragment = {
      id: 's1',
      title: 'T',
      summary: null,
      type: SessionType.PANEL,
      status: SessionStatus.SCHEDULED,
      timePrecision: TimePrecision.EXACT,
      day: null,
      dayPart: null,
      startsAt: '2019-07-03T13:00:00.000Z',
      endsAt: null,
      when: '',
      room: null,
      tracks: [],
      speakers: [{ speakerId: 'a', name: 'Ann', role: SpeakerRole.CHAIR }],
      removed: false,
      isNew: false,
    };
    const fields = fieldsOf(existing, TZ);
    expect(fields).toMatchObject({ day: '2019-07-03', start: '14:00', end: '', speakers: 'Ann' });
    const same = sessionInput(fields, TZ, existing);
    expect('input' in same && 'speakers' in same.input).toBe(false);
    expect(sessionInput({ ...fields, speakers: 'Ann, Bob' }, TZ, existing)).toMatchObject({
      input: { speakers: [{ speakerId: 'a', role: 'CHAIR' }, { name: 'Bob' }] },
    });
  });
});
