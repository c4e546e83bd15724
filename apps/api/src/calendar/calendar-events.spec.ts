import { ICalCalendar } from 'ical-generator';
import { SessionStatus, SessionType, SpeakerRole, TimePrecision } from '@ncasc/shared';
import type { ConferenceEntity } from '../conferences/conference.entity';
import type { SessionEntity } from '../sessions/session.entity';
import {
  buildCalendar,
  type CalendarSession,
  foldLines,
  serialise,
  type WrittenSession,
} from './calendar-events';

/** A calendar with what folding finds hard: long lines, accents, curly quotes, emoji at the fold. */
function sample(): ICalCalendar {
  const cal = new ICalCalendar({
    name: 'NCASC 2018 — Manchester Central',
    description: 'Programme',
    ttl: 3600,
  });
  const long = 'Directors’ panel on children’s social care, SEND and the High Needs Block — ';
  for (let i = 0; i < 30; i++) {
    cal.createEvent({
      id: `s${i}@conference-programmes`,
      start: new Date('2018-11-14T09:30:00Z'),
      end: new Date('2018-11-14T10:15:00Z'),
      stamp: new Date('2018-11-01T00:00:00Z'),
      summary: `${'é'.repeat(i)}${long}${'🙂'.repeat(i % 5)}${'x'.repeat(i * 3)}`,
      description: `${long.repeat(i % 4)}\n\nSpeakers: Anne Longfield (chair), Sir Alan Wood${'😀'.repeat(i)}`,
      location: `Room ${i}, Manchester Central, Manchester`,
    });
  }
  return cal;
}

describe('writing calendars', () => {
  it('writes exactly what ical-generator writes, folding included', () => {
    expect(serialise(sample())).toBe(sample().toString());
  });

  it('folds at 75 octets without splitting a character', () => {
    const line = `SUMMARY:${'é'.repeat(40)}🙂${'a'.repeat(100)}`;
    const folded = foldLines(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(2);
    for (const [i, l] of folded.entries()) {
      expect(Buffer.byteLength(l)).toBeLessThanOrEqual(i === 0 ? 74 : 75);
      expect(l).not.toMatch(/\uFFFD/);
    }
    expect(folded.map((l, i) => (i ? l.slice(1) : l)).join('')).toBe(line);
    expect(foldLines('SHORT:line\r\nOTHER:line')).toBe('SHORT:line\r\nOTHER:line');
  });
});

describe('events kept between calendars', () => {
  const conference = {
    name: 'NCASC 2018',
    venue: 'Manchester Central',
    city: 'Manchester',
    timezone: 'Europe/London',
  } as ConferenceEntity;
  const entry = (id: string, title: string): CalendarSession => ({
    session: {
      id,
      title,
      summary: 'Directors’ questions',
      type: SessionType.PLENARY,
      status: SessionStatus.SCHEDULED,
      timePrecision: TimePrecision.EXACT,
      day: '2018-11-14',
      dayPart: null,
      startsAt: new Date('2018-11-14T09:30:00Z'),
      endsAt: new Date('2018-11-14T10:15:00Z'),
      removedAt: null,
      revision: 2,
      updatedAt: new Date('2018-11-01T00:00:00Z'),
    } as SessionEntity,
    conference,
    room: 'Exchange Hall',
    speakers: [{ name: 'Anne Longfield', role: SpeakerRole.CHAIR }],
    tracks: ['Safeguarding'],
  });
  const spec = (entries: (CalendarSession | WrittenSession)[]) => ({
    name: 'My schedule',
    description: 'Starred.',
    publicUrl: 'https://p.example',
    entries,
  });
  const store = () => {
    const map = new Map<string, string>();
    return {
      map,
      kept: { get: (id: string) => map.get(id), set: (id: string, t: string) => void map.set(id, t) },
    };
  };

  it('writes the same calendar from kept events as from scratch, keeping each event once written', () => {
    const entries = [entry('a', 'Opening'), entry('b', 'Child poverty')];
    const plain = buildCalendar(spec(entries)).body;
    const { map, kept } = store();
    expect(buildCalendar(spec(entries), kept).body).toBe(plain);
    expect([...map.keys()]).toEqual(['a', 'b']);
    expect(buildCalendar(spec(entries), kept).body).toBe(plain);
    // another delegate's feed with one of the same sessions takes its kept text
    map.set('b', 'BEGIN:VEVENT\r\nUID:kept\r\nEND:VEVENT\r\n');
    const other = buildCalendar(spec([entry('b', 'Child poverty')]), kept);
    expect(other.body).toContain('UID:kept');
    expect(other.events).toBe(1);
  });

  it('names the type among the categories only when the sources state one', () => {
    const typed = buildCalendar(spec([entry('a', 'Opening')])).body;
    expect(typed).toContain('CATEGORIES:Plenary,Safeguarding');
    const untyped = entry('u', 'Opening');
    const body = buildCalendar(spec([{ ...untyped, session: { ...untyped.session, type: null } }])).body;
    expect(body).toContain('CATEGORIES:Safeguarding\r\n');
    expect(body).not.toMatch(/Plenary/);
  });

  it('takes the text of a session written before as it is, in its place', () => {
    const entries = [entry('a', 'Opening'), entry('b', 'Child poverty'), entry('c', 'Closing')];
    const { map, kept } = store();
    const plain = buildCalendar(spec(entries), kept).body;
    const mixed = buildCalendar(
      spec([entries[0], { session: entries[1].session, text: map.get('b')! }, entries[2]]),
    );
    expect(mixed.body).toBe(plain);
    expect(mixed.events).toBe(3);
  });

  it("writes each calendar's own name and description, however many were written before", () => {
    const one = buildCalendar({ ...spec([entry('a', 'Opening')]), name: 'Day one' }).body;
    const two = buildCalendar({ ...spec([entry('a', 'Opening')]), name: 'Day two' }).body;
    expect(one).toContain('X-WR-CALNAME:Day one');
    expect(two).toContain('X-WR-CALNAME:Day two');
    expect(buildCalendar({ ...spec([entry('a', 'Opening')]), name: 'Day one' }).body).toBe(one);
    // the count of sessions without a day is part of the description
    const undated = {
      ...entry('u', 'Later'),
      session: { ...entry('u', 'Later').session, day: null, startsAt: null },
    };
    expect(buildCalendar(spec([undated as CalendarSession])).body).toMatch(/1 session has no day/);
    expect(buildCalendar(spec([entry('a', 'Opening')])).body).not.toMatch(/no day/);
  });
});
