import { ConferenceSeries } from './enums';
import { conferenceSlug, isConferenceSlug, parseConferenceSlug, slugify } from './slugs';

describe('conference slugs', () => {
  it('builds and parses ncasc-YYYY and adcs-YYYY', () => {
    expect(conferenceSlug(ConferenceSeries.NCASC, 2018)).toBe('ncasc-2018');
    expect(parseConferenceSlug('adcs-2022')).toEqual({ series: ConferenceSeries.ADCS, year: 2022 });
  });

  it.each(['NCASC-2018', 'ncasc-18', 'lga-2018', 'ncasc-2018 ', ''])('rejects %j', (slug) => {
    expect(isConferenceSlug(slug)).toBe(false);
    expect(parseConferenceSlug(slug)).toBeNull();
  });

  it('slugifies titles with curly apostrophes and accents', () => {
    expect(slugify('Children’s mental health — café')).toBe('childrens-mental-health-cafe');
  });
});
