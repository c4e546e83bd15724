import { absolute, webcalUrl } from './calendar-links';

describe('calendar links', () => {
  it('turns an http(s) feed address into a webcal subscription', () => {
    expect(webcalUrl('https://p.example.org/calendar/feeds/abc.ics')).toBe(
      'webcal://p.example.org/calendar/feeds/abc.ics',
    );
    expect(webcalUrl('http://localhost:3000/calendar/conferences/ncasc-2018.ics')).toBe(
      'webcal://localhost:3000/calendar/conferences/ncasc-2018.ics',
    );
  });

  it('makes site paths absolute', () => {
    expect(absolute('/calendar/sessions/x.ics', 'https://p.example.org')).toBe(
      'https://p.example.org/calendar/sessions/x.ics',
    );
  });
});
