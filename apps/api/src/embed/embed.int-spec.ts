import { DayPart, type EmbedProgramme, SpeakerRole, TimePrecision } from '@ncasc/shared';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createTestApp, type TestApp } from '../../test/create-test-app';
import * as make from '../../test/factories';

describe('the embeddable schedule (data and iframe page)', () => {
  let t: TestApp;
  let http: Parameters<typeof request>[0];

  beforeAll(async () => {
    t = await createTestApp({ seed: false, env: { EMBED_FRAME_ANCESTORS: "'self' https://www.ncasc.info" } });
    http = t.app.getHttpServer();
    const ds = t.app.get(DataSource);
    const c = await make.createConference(ds, { ...make.NCASC_2018, name: 'NCASC 2018' });
    const hall = await make.createRoom(ds, c, 'Exchange Hall');
    const send = await make.createTheme(ds, 'SEND');
    const chair = await make.createSpeaker(ds, {
      name: 'Stuart Gallimore',
      organisation: 'East Sussex County Council',
    });
    await make.createSession(ds, c, {
      title: 'Opening plenary',
      timePrecision: TimePrecision.EXACT,
      startsAt: new Date('2018-11-14T09:30:00Z'),
      endsAt: new Date('2018-11-14T10:15:00Z'),
      room: hall,
      themes: [send],
      participants: [{ speaker: chair, role: SpeakerRole.CHAIR, capacity: 'ADCS President' }],
    });
    await make.createSession(ds, c, {
      title: 'Family hubs',
      timePrecision: TimePrecision.DAY_PART,
      day: '2018-11-15',
      dayPart: DayPart.AFTERNOON,
    });
  });
  afterAll(() => t.close());

  it('gives any origin the agenda in its own words, never more precise than the programme', async () => {
    const res = await request(http)
      .get('/embed/v1/conferences/ncasc-2018.json')
      .set('origin', 'https://www.ncasc.info')
      .expect(200);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers['access-control-allow-credentials']).toBeUndefined();
    const data = res.body as EmbedProgramme;
    expect(data.conference).toMatchObject({
      name: 'NCASC 2018',
      dates: '14–16 November 2018',
      timeZone: 'Europe/London',
    });
    expect(data.days.map((d) => d.label)).toEqual([
      'Wednesday 14 November 2018',
      'Thursday 15 November 2018',
      'Friday 16 November 2018',
    ]);
    const [wednesday, thursday, friday] = data.days;
    expect(wednesday.groups[0].label).toBe('Morning');
    expect(wednesday.groups[0].sessions[0]).toMatchObject({
      title: 'Opening plenary',
      time: '09:30–10:15 GMT',
      room: 'Exchange Hall',
      themes: [{ slug: 'send', name: 'SEND' }],
      speakers: ['Stuart Gallimore (chair) — ADCS President, East Sussex County Council'],
      cancelled: false,
    });
    expect(wednesday.groups[0].sessions[0].url).toMatch(/\/sessions\/[0-9a-f-]{36}$/);
    expect(thursday.groups).toEqual([
      { label: 'Afternoon', sessions: [expect.objectContaining({ title: 'Family hubs', time: null })] },
    ]);
    expect(friday.groups).toEqual([]);
  });

  it('answers 304 until something is published, then the new version', async () => {
    const first = await request(http).get('/embed/v1/conferences/ncasc-2018.json').expect(200);
    // (supertest asks for gzip: the gzip copy's tag)
    expect(first.headers.etag).toBe(`"programme-${first.body.version}-gzip"`);
    await request(http)
      .get('/embed/v1/conferences/ncasc-2018.json')
      .set('if-none-match', first.headers.etag)
      .expect(304);
    await t.app
      .get(DataSource)
      .getRepository('SessionEntity')
      .update({ title: 'Family hubs' }, { title: 'Family hubs, renamed' });
    const after = await request(http)
      .get('/embed/v1/conferences/ncasc-2018.json')
      .set('if-none-match', first.headers.etag)
      .expect(200);
    expect(after.body.version).toBeGreaterThan(first.body.version);
    expect(JSON.stringify(after.body)).toContain('Family hubs, renamed');
    await request(http).get('/embed/v1/conferences/ncasc-1999.json').expect(404);
  });

  it('lets only the sites the organiser names frame the iframe page', async () => {
    const res = await request(http).get('/embed/ncasc-2018?view=grid&day=2018-11-15&theme=send').expect(200);
    expect(res.headers['x-frame-options']).toBeUndefined();
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'self' https://www.ncasc.info");
    expect(res.text).toContain(
      '<conference-schedule conference="ncasc-2018" view="grid" day="2018-11-15" theme="send"',
    );
    expect(res.text).toContain('<title>Programme · NCASC 2018</title>');
    // the rest of the site is still never framed
    const graphql = await request(http).post('/graphql').send({ query: '{ __typename }' });
    expect(graphql.headers['x-frame-options']).toBe('DENY');
    expect((await request(http).get('/embed/ncasc-2018?day=tomorrow').expect(400)).text).toContain(
      'day must be a date',
    );
    expect((await request(http).get('/embed/ncasc-2018?refresh=0').expect(400)).text).toContain(
      'refresh must be',
    );
    await request(http).get('/embed/ncasc-1999').expect(404);
  });
});
