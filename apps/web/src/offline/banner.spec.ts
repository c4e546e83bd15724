import { asOf, bannerText } from './banner';

describe('the offline banner', () => {
  // jest pins no zone for the web project: the times are built in the machine's own
  const at = new Date(2018, 10, 15, 9, 42, 30).getTime();
  const laterThatDay = new Date(2018, 10, 15, 16, 5).getTime();
  const nextDay = new Date(2018, 10, 16, 8, 0).getTime();

  it('says when the programme shown was fetched, HH:MM on the day, with the date after it', () => {
    expect(asOf(at, laterThatDay)).toBe('09:42');
    expect(asOf(at, nextDay)).toBe('15 Nov, 09:42');
  });

  it('says offline and how old the programme is; nothing when online with fresh data', () => {
    expect(bannerText({ offline: true, oldest: at, fromDevice: true }, laterThatDay)).toBe(
      'Offline — showing the programme as of 09:42',
    );
    expect(bannerText({ offline: true, oldest: null, fromDevice: false }, laterThatDay)).toBe(
      'Offline — pages you have opened before are kept on this device',
    );
    expect(bannerText({ offline: false, oldest: at, fromDevice: true }, laterThatDay)).toBe(
      'The server is slow to answer — showing the programme as of 09:42',
    );
    expect(bannerText({ offline: false, oldest: at, fromDevice: false }, laterThatDay)).toBe('');
  });
});
