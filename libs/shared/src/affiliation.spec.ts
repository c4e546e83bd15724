import { affiliation } from './affiliation';

describe('affiliation', () => {
  it.each([
    [['HMCI, Ofsted', 'HMCI', 'Ofsted'], 'HMCI, Ofsted'],
    [['Ofsted', null, 'Ofsted'], 'Ofsted'],
    [[null, 'President', 'ADCS'], 'President, ADCS'],
    [['Director of children’s services, Luton', undefined, null], 'Director of children’s services, Luton'],
    [['ADCS', 'ADCS President'], 'ADCS President'],
    [[null, null, null], ''],
  ])('%j → %s', (parts, expected) => expect(affiliation(...parts)).toBe(expected));
});
