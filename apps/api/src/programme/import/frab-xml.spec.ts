import { TimePrecision } from '@ncasc/shared';
import { parseFrabXml } from './frab-xml';

const TZ = 'Europe/London';

describe('frab XML', () => {
  it('reads events leniently: opaque guids, persons as text or with attributes, no <date>', () => {
    const xml = `<?xml version="1.0" encoding="utf-8"?>
<schedule><conference><title>X</title></conference>
  <day index="1" date="2027-11-10">
    <room name="Hall 1">
      <event guid="not-a-uuid-42" id="7">
        <start>09:30</start><duration>00:45</duration><title>Opening &amp; welcome</title>
        <type>Keynote</type><track>Early help</track><abstract>Hello</abstract>
        <persons><person id="1">Jane Smith</person><person>Sam Lee</person></persons>
      </event>
    </room>
  </day>
</schedule>`;
    const { sessions, problems } = parseFrabXml(xml, TZ);
    expect(problems).toEqual([]);
    expect(sessions[0]).toMatchObject({
      key: 'not-a-uuid-42',
      title: 'Opening &amp; welcome',
      type: 'KEYNOTE',
      timePrecision: TimePrecision.EXACT,
      startsAt: '2027-11-10T09:30:00.000Z',
      endsAt: '2027-11-10T10:15:00.000Z',
      room: 'Hall 1',
      themes: ['Early help'],
      speakers: [{ name: 'Jane Smith' }, { name: 'Sam Lee' }],
    });
  });

  it('brings back the precision our export wrote: day part and day only', () => {
    const xml = `<schedule><day date="2018-11-15"><room name="Room not given">
      <event guid="g1"><date>2018-11-15T09:00:00+00:00</date><start>09:00</start><duration>03:00</duration>
        <title>Morning</title><subtitle>Thursday 15 November 2018, morning — no clock time in the programme</subtitle></event>
      <event guid="g2"><date>2018-11-15T09:00:00+00:00</date><start>09:00</start><duration>08:00</duration>
        <title>All day</title><subtitle>Time of day not given</subtitle></event>
    </room></day></schedule>`;
    const { sessions } = parseFrabXml(xml, TZ);
    expect(sessions.map((s) => [s.timePrecision, s.day, s.dayPart, s.room])).toEqual([
      [TimePrecision.DAY_PART, '2018-11-15', 'MORNING', null],
      [TimePrecision.DAY, '2018-11-15', null, null],
    ]);
  });

  it('reports what is missing by event, not guessed', () => {
    const xml = `<schedule><day><room name="A"><event guid="g1"><title>No date</title></event>
      <event guid="g2"><start>10:00</start></event></room></day></schedule>`;
    const { sessions, problems } = parseFrabXml(xml, TZ);
    expect(sessions).toEqual([]);
    expect(problems).toEqual([
      { event: 'g1', message: 'the event has no date' },
      { event: 'g2', message: 'the event has no date' },
      { event: 'g2', message: 'the title is empty' },
    ]);
  });

  it('never resolves entities: a DOCTYPE (XXE, billion laughs) is refused, nothing read', () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE schedule [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<schedule><day date="2027-11-10"><room name="A"><event guid="g"><start>09:00</start><title>&xxe;</title></event></room></day></schedule>`;
    const result = parseFrabXml(xxe, TZ);
    expect(result.sessions).toEqual([]);
    expect(result.problems[0].message).toMatch(/DOCTYPE/);
    // an undeclared entity stays as written
    const plain = parseFrabXml(
      `<schedule><day date="2027-11-10"><room name="A"><event guid="g"><start>09:00</start><title>&xxe;</title></event></room></day></schedule>`,
      TZ,
    );
    expect(plain.sessions[0].title).toBe('&xxe;');
  });

  it('refuses XML that is not well formed or not a schedule', () => {
    expect(parseFrabXml('<schedule><day>', TZ).problems[0].message).toMatch(/not well-formed/);
    expect(parseFrabXml('<other/>', TZ).problems[0].message).toMatch(/no <schedule>/);
  });

  it('refuses a huge schedule with one clear problem', () => {
    const event = '<event guid="g"><start>09:00</start><title>T</title></event>';
    const xml = `<schedule><day date="2027-11-10"><room name="A">${event.repeat(5001)}</room></day></schedule>`;
    expect(parseFrabXml(xml, TZ).problems).toEqual([{ message: 'the schedule has more than 5000 events' }]);
  });
});
