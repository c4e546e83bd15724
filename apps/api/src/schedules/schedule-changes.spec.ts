import { changesToStarredSessions, scheduleChangesSince } from './schedule-changes';

const at = (iso: string) => new Date(iso);
const version = (number: number, publishedAt: string, ...sessionIds: (string | null)[]) => ({
  number,
  publishedAt: at(publishedAt),
  changes: sessionIds.map((sessionId) => ({ sessionId, kind: 'MOVED' })),
});

describe('a delegate’s share of published changes', () => {
  const starred = new Map([
    ['keynote', at('2026-11-01T09:00:00Z')],
    ['workshop', at('2026-11-10T09:00:00Z')],
  ]);

  it('keeps only changes to sessions starred before the version was published', () => {
    const v = version(3, '2026-11-05T12:00:00Z', 'keynote', 'workshop', 'someone-elses', null);
    expect(changesToStarredSessions(v, starred).map((c) => c.sessionId)).toEqual(['keynote']);
  });

  it('counts a star of the very second of the publish as made before it', () => {
    const v = version(3, '2026-11-10T09:00:00Z', 'workshop');
    expect(changesToStarredSessions(v, starred)).toHaveLength(1);
  });

  it('lists versions after the one seen, newest first, leaving out those that touch no star', () => {
    const versions = [
      version(2, '2026-11-02T12:00:00Z', 'keynote'),
      version(3, '2026-11-03T12:00:00Z', 'someone-elses'),
      version(4, '2026-11-11T12:00:00Z', 'workshop', 'keynote'),
    ];
    expect(scheduleChangesSince(versions, starred, null).map((v) => v.version.number)).toEqual([4, 2]);
    expect(scheduleChangesSince(versions, starred, 2).map((v) => v.version.number)).toEqual([4]);
    expect(scheduleChangesSince(versions, starred, 4)).toEqual([]);
  });
});
