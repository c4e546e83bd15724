import { ProgrammeWatch, type SeenVersions, type WatchTarget, localSeenVersions } from './programme-watch';

function memorySeen(): SeenVersions & { map: Map<string, number> } {
  const map = new Map<string, number>();
  return { map, get: (s) => map.get(s), set: (s, v) => void map.set(s, v) };
}

function setup() {
  const versions: Record<string, number> = { 'ncasc-2018': 1, 'adcs-2018': 3 };
  const sessions: Record<string, string> = { s1: 'ncasc-2018' };
  const state = { offline: false };
  const seen = memorySeen();
  const heard: { slug: string; version: number; updated: boolean }[] = [];
  const watch = new ProgrammeWatch({
    latest: (target: WatchTarget) => {
      if (state.offline) return Promise.reject(new Error('offline'));
      const slug = 'slug' in target ? target.slug : sessions[target.sessionId];
      return Promise.resolve(slug && slug in versions ? { slug, version: versions[slug] } : null);
    },
    seen,
    onConference: (slug, version, updated) => heard.push({ slug, version, updated }),
  });
  return { watch, versions, seen, heard, state };
}

describe('ProgrammeWatch: a new programme version noticed by an open page', () => {
  it('takes the version first seen as read, and notices a newer one on the next check', async () => {
    const { watch, versions, seen, heard } = setup();
    watch.watch({ slug: 'ncasc-2018' });
    await watch.check();
    expect(watch.notice).toBeNull();
    expect(seen.map.get('ncasc-2018')).toBe(1);
    versions['ncasc-2018'] = 2; // an organiser publishes
    await watch.check();
    expect(watch.notice).toEqual({ slug: 'ncasc-2018', version: 2 });
    expect(heard.at(-1)).toEqual({ slug: 'ncasc-2018', version: 2, updated: true });
    // asked again: still there, not news again
    await watch.check();
    expect(heard.at(-1)?.updated).toBe(false);
    expect(watch.notice).toEqual({ slug: 'ncasc-2018', version: 2 });
  });

  it('says so on a session page of that conference, and not on another conference’s page', async () => {
    const { watch, versions } = setup();
    watch.watch({ slug: 'ncasc-2018' });
    await watch.check();
    versions['ncasc-2018'] = 2;
    watch.watch({ sessionId: 's1' });
    await watch.check();
    expect(watch.notice).toEqual({ slug: 'ncasc-2018', version: 2 });
    expect(watch.conference).toBe('ncasc-2018');
    watch.watch({ slug: 'adcs-2018' });
    await watch.check();
    expect(watch.notice).toBeNull();
    watch.watch(null);
    expect(watch.notice).toBeNull();
  });

  it('forgets the notice once the reader has looked, until the next version', async () => {
    const { watch, versions, seen } = setup();
    watch.watch({ slug: 'ncasc-2018' });
    await watch.check();
    versions['ncasc-2018'] = 2;
    await watch.check();
    let told = 0;
    watch.subscribe(() => told++);
    watch.acknowledge('ncasc-2018');
    expect(told).toBe(1);
    expect(watch.notice).toBeNull();
    expect(seen.map.get('ncasc-2018')).toBe(2);
    await watch.check();
    expect(watch.notice).toBeNull();
    versions['ncasc-2018'] = 3;
    await watch.check();
    expect(watch.notice?.version).toBe(3);
  });

  it('is not news to the organiser who published it from this tab, and says nothing offline', async () => {
    const { watch, versions, state } = setup();
    watch.watch({ slug: 'ncasc-2018' });
    await watch.check();
    watch.publishedHere('ncasc-2018');
    versions['ncasc-2018'] = 2;
    await watch.check();
    expect(watch.notice).toBeNull();
    state.offline = true;
    versions['ncasc-2018'] = 3;
    await expect(watch.check()).resolves.toBeUndefined();
    expect(watch.notice).toBeNull();
  });

  it('asks once when asked again while the answer is on its way', async () => {
    let asked = 0;
    const watch = new ProgrammeWatch({
      latest: () => {
        asked++;
        return Promise.resolve({ slug: 'ncasc-2018', version: 1 });
      },
      seen: memorySeen(),
    });
    watch.watch({ slug: 'ncasc-2018' }); // asks
    await Promise.all([watch.check(), watch.check()]);
    expect(asked).toBe(1);
    await watch.check();
    expect(asked).toBe(2);
  });

  it('keeps what was seen in storage shared by the tabs, surviving what it cannot read', () => {
    const items = new Map<string, string>();
    const storage = {
      getItem: (k: string) => items.get(k) ?? null,
      setItem: (k: string, v: string) => void items.set(k, v),
    } as unknown as Storage;
    const a = localSeenVersions(storage);
    a.set('ncasc-2018', 2);
    a.set('adcs-2018', 1);
    expect(localSeenVersions(storage).get('ncasc-2018')).toBe(2);
    items.set('ncasc.programme-seen', '{broken');
    expect(a.get('ncasc-2018')).toBeUndefined();
    expect(localSeenVersions(null).get('x')).toBeUndefined();
  });
});
