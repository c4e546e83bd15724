import { changeDetail, describeChange, describeVersion, formatInstant } from './change-wording';

const session = { title: 'Minister’s question time' };

describe('describeChange', () => {
  it('says a move with before and after', () => {
    expect(
      describeChange({
        kind: 'MOVED',
        session,
        before: 'Thursday 15 November 2018, 14:00–15:00 GMT, Exchange Hall',
        after: 'Friday 16 November 2018, 10:00–11:00 GMT, Exchange Hall',
      }),
    ).toBe(
      'Moved: Minister’s question time — Thursday 15 November 2018, 14:00–15:00 GMT, Exchange Hall → Friday 16 November 2018, 10:00–11:00 GMT, Exchange Hall',
    );
  });

  it('says an addition with only the after, a removal with only the before', () => {
    expect(describeChange({ kind: 'ADDED', session, before: null, after: 'Thursday morning, Hall 1' })).toBe(
      'Added: Minister’s question time — Thursday morning, Hall 1',
    );
    expect(
      describeChange({ kind: 'REMOVED', session, before: 'Thursday morning, Hall 1', after: null }),
    ).toBe('Removed: Minister’s question time — Thursday morning, Hall 1');
  });

  it('leaves out an empty detail and a repeated one', () => {
    expect(describeChange({ kind: 'CANCELLED', session, before: null, after: null })).toBe(
      'Cancelled: Minister’s question time',
    );
    expect(changeDetail({ before: 'Scheduled', after: 'Scheduled' })).toBe('Scheduled');
    expect(describeChange({ kind: 'SPEAKERS_CHANGED', session, before: 'A', after: 'A, B' })).toBe(
      'Speakers changed: Minister’s question time — A → A, B',
    );
  });
});

describe('describeVersion', () => {
  const fmt = (iso: string) => `at ${iso}`;
  it('joins number, date and note', () => {
    expect(describeVersion({ number: 3, publishedAt: 'X', note: 'Diary clash' }, fmt)).toBe(
      'Version 3 · at X · Diary clash',
    );
  });
  it('leaves out a missing or blank note', () => {
    expect(describeVersion({ number: 1, publishedAt: 'X', note: null }, fmt)).toBe('Version 1 · at X');
    expect(describeVersion({ number: 2, publishedAt: 'X', note: '  ' }, fmt)).toBe('Version 2 · at X');
  });
});

describe('formatInstant', () => {
  it('shows the London date and time with GMT or BST', () => {
    expect(formatInstant('2018-11-09T16:05:00.000Z')).toBe('Friday 9 November 2018, 16:05 GMT');
    expect(formatInstant('2019-07-03T13:00:00.000Z')).toBe('Wednesday 3 July 2019, 14:00 BST');
  });
});
