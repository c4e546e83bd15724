import { SessionType } from '@ncasc/shared';
import type { DataSource } from 'typeorm';
import {
  ADCS_2018,
  createConference,
  createSession,
  createSpeaker,
  createTheme,
  NCASC_2018,
} from '../../../test/factories';
import { createTestDatabase } from '../../../test/test-database';
import { PublicDataCache } from '../../common/cache/public-data-cache';
import type { ConferenceEntity } from '../../conferences/conference.entity';
import type { TrackEntity } from '../../tracks/track.entity';
import type { SpeakerEntity } from '../../speakers/speaker.entity';
import { filterAgenda } from './agenda-filter';
import { speakerAppearances, themeSessions } from './across-years';
import { type ProgrammeReader, PublishedProgramme } from './published-programme.service';

describe('the published programme', () => {
  let ds: DataSource;
  let programme: ProgrammeReader;
  let ncasc: ConferenceEntity;
  let gallimore: SpeakerEntity;
  let mentalHealth: TrackEntity;
  beforeAll(async () => {
    ds = await createTestDatabase();
    programme = new PublishedProgramme(ds, new PublicDataCache()).reader();
    gallimore = await createSpeaker(ds, { name: 'Stuart Gallimore', organisation: 'East Sussex County Council' });
    const other = await createSpeaker(ds);
    const send = await createTheme(ds, 'SEND');
    mentalHealth = await createTheme(ds, 'Mental health');
    // the later conference made first, so the orders answered are the programme's
    ncasc = await createConference(ds, { ...NCASC_2018, startsOn: '2018-11-14', endsOn: '2018-11-16' });
    const adcs = await createConference(ds, ADCS_2018);
    for (const [day, type, title] of [
      ['2018-11-16', SessionType.PLENARY, 'Closing plenary'],
      [null, SessionType.FRINGE, 'Fringe meetings'],
      ['2018-11-15', SessionType.WORKSHOP, 'Workshop: SEND reforms'],
      ['2018-11-14', SessionType.KEYNOTE, 'Opening keynote'],
      ['2018-11-16', SessionType.WORKSHOP, 'Workshop: workforce'],
    ] as const)
      await createSession(ds, ncasc, {
        day,
        type,
        title,
        themes: /SEND/.test(title) ? [send] : [],
        participants: title === 'Opening keynote' ? [gallimore, other] : [],
      });
    await createSession(ds, adcs, { participants: [gallimore] });
    await createSession(ds, adcs, { participants: [other] });
    for (const [year, title] of [
      [2022, 'Children’s mental health after the pandemic'],
      [2015, 'Mental health and wellbeing of looked-after children'],
      [2017, 'Young people’s mental health services'],
    ] as const) {
      const c = await createConference(ds, { year, startsOn: `${year}-11-01`, endsOn: `${year}-11-03` });
      await createSession(ds, c, { title, themes: [mentalHealth] });
    }
  });
  afterAll(() => ds.destroy());

  it('filters the agenda by day, type and theme, keeping agenda order', async () => {
    const c = (await programme.conferenceBySlug(ncasc.slug))!;
    const sessions = (filter: Parameters<typeof filterAgenda>[1]) => filterAgenda(c, filter).map((s) => s.row);
    const friday = sessions({ day: '2018-11-16' });
    expect(friday.length).toBeGreaterThan(0);
    expect(friday.every((s) => s.day === '2018-11-16')).toBe(true);
    const workshops = sessions({ type: SessionType.WORKSHOP });
    expect(workshops.every((s) => s.type === SessionType.WORKSHOP)).toBe(true);
    const send = sessions({ track: 'send' });
    expect(send.map((s) => s.title)).toContainEqual(expect.stringMatching(/SEND/));
    const all = sessions({});
    const days = all.map((s) => s.day ?? '9999');
    expect([...days].sort()).toEqual(days);
  });

  it('lists a speaker’s appearances across conferences, oldest conference first', async () => {
    const order = (await speakerAppearances(programme, gallimore.id)).map((a) => a.conference.slug);
    expect(order[0]).toBe(ADCS_2018.slug); // July 2018 before November 2018
    expect(order[order.length - 1]).toBe(ncasc.slug);
    expect(new Set(order).size).toBe(2);
  });

  it('gives a speaker’s organisation with them', async () => {
    const [keynote] = await speakerAppearances(programme, gallimore.id).then((list) =>
      list.filter((s) => s.row.title === 'Opening keynote'),
    );
    const speaker = keynote.model.participants.find((p) => p.speakerId === gallimore.id)!.speaker;
    expect(speaker.organisation).toBe('East Sussex County Council');
    expect(speaker.organisationRef?.name).toBe('East Sussex County Council');
  });

  it('follows a theme across the years: oldest first', async () => {
    const sessions = await themeSessions(programme, mentalHealth.id);
    const years = sessions.map((s) => s.conference.year);
    expect(years[0]).toBe(2015);
    expect([...years].sort((a, b) => a - b)).toEqual(years);
    expect(sessions.map((s) => s.row.title)).toContainEqual(expect.stringMatching(/mental health/i));
  });

  it('is shared: every reader at one version gets the same frozen models', async () => {
    const cache = new PublicDataCache();
    const [a, b] = [new PublishedProgramme(ds, cache).reader(), new PublishedProgramme(ds, cache).reader()];
    const [first, second] = await Promise.all([a.conferenceBySlug(ncasc.slug), b.conferenceBySlug(ncasc.slug)]);
    expect(first).toBe(second);
    expect(Object.isFrozen(first!.sessions[0].model)).toBe(true);
    expect(() => {
      (first!.sessions[0].model as { title: string }).title = 'changed for everyone';
    }).toThrow(TypeError);
    // another cache builds its own copy, equal in every field
    const third = await new PublishedProgramme(ds, new PublicDataCache()).reader().conferenceBySlug(ncasc.slug);
    expect(third).not.toBe(first);
    expect(third!.sessions.map((s) => s.model.title)).toEqual(first!.sessions.map((s) => s.model.title));
  });
});
