import {
  type Draft,
  type DraftStorage,
  Drafts,
  type DurableDrafts,
  NoteConflictError,
  type NoteState,
  NoteSyncs,
  WrongUserError,
  draftKey,
} from './note-sync';

/** sessionStorage as jest's node environment has none. */
class MemoryStorage implements DraftStorage {
  readonly items = new Map<string, string>();
  get length(): number {
    return this.items.size;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

const flushPromises = () =>
  new Promise<void>((r) => jest.requireActual<typeof globalThis>('timers').setImmediate(r));

const T0 = '2018-11-15T10:00:00.000Z';
const T1 = '2018-11-15T10:05:00.000Z';
const T2 = '2018-11-15T10:10:00.000Z';
const ms = (iso: string) => Date.parse(iso);

const ANN = 'user-ann';
const BOB = 'user-bob';
const SESSION = 'session-1';

/** IndexedDB as jest's node environment has none: drafts kept through closing the tab. */
class MemoryDurable implements DurableDrafts {
  readonly items = new Map<string, { userId: string; sessionId: string; draft: Draft }>();
  put(userId: string, sessionId: string, draft: Draft): void {
    this.items.set(JSON.stringify([userId, sessionId]), { userId, sessionId, draft: { ...draft } });
  }
  remove(userId: string, sessionId: string): void {
    this.items.delete(JSON.stringify([userId, sessionId]));
  }
  clearExcept(userId: string | null): void {
    for (const [k, v] of this.items) if (v.userId !== userId) this.items.delete(k);
  }
  all(userId: string) {
    return Promise.resolve([...this.items.values()].filter((v) => v.userId === userId));
  }
}

function setup({
  storage = new MemoryStorage(),
  durable = null,
  user = ANN,
}: { storage?: DraftStorage; durable?: DurableDrafts | null; user?: string | null | undefined } = {}) {
  const calls: {
    sessionId: string;
    body: string;
    base: string | null;
    resolve: (updatedAt: string | null) => void;
    reject: (e: unknown) => void;
  }[] = [];
  const save = (sessionId: string, body: string, base: string | null) =>
    new Promise<string | null>((resolve, reject) => {
      calls.push({ sessionId, body, base, resolve, reject });
    });
  const clock = { now: ms(T0) + 60_000 };
  const signedIn = { user };
  const drafts = new Drafts(storage, durable);
  const syncs = new NoteSyncs({
    save,
    drafts,
    signedInAs: () => signedIn.user,
    delayMs: 800,
    now: () => clock.now,
  });
  const draft = (userId = ANN, sessionId = SESSION): Draft | null => drafts.read(userId, sessionId);
  return { storage, calls, clock, signedIn, drafts, syncs, draft };
}

/** An editor on the sync: what it was told. */
function listen(sync: { attach: (l: (s: NoteState) => void, t?: (text: string) => void) => () => void }) {
  const states: NoteState[] = [];
  const texts: string[] = [];
  const detach = sync.attach(
    (s) => states.push(s),
    (t) => texts.push(t),
  );
  return { states, texts, detach, last: () => states[states.length - 1] };
}

describe('NoteSync: one per note, kept after the editor', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('opened again before its save lands, shows the text being saved, not the older fetch', async () => {
    const { syncs, calls } = setup();
    const fetched = { body: 'old', updatedAt: T0 };
    const first = syncs.get(ANN, SESSION, fetched);
    expect(first.open(fetched)).toEqual({ text: 'old', restored: false });
    first.change('old and new');
    first.flush();
    expect(calls.map((c) => c.body)).toEqual(['old and new']);

    // leave the page (the save is still under way on slow wifi) and come back: the page's data is the old note
    const again = syncs.get(ANN, SESSION, fetched);
    expect(again).toBe(first);
    expect(again.open(fetched)).toEqual({ text: 'old and new', restored: false });
    expect(again.state).toEqual({ kind: 'saving' });

    calls[0].resolve(T1);
    await flushPromises();
    // the old answer again: not taken
    expect(again.serverNote(fetched)).toBeNull();
    // typing on saves the newer text, never the older
    again.change('old and new, and more');
    jest.advanceTimersByTime(800);
    expect(calls.map((c) => c.body)).toEqual(['old and new', 'old and new, and more']);
  });

  it('opened again after its save landed, still shows it over a fetch answered before the save', async () => {
    const { syncs, calls } = setup();
    const fetched = { body: 'old', updatedAt: T0 };
    const sync = syncs.get(ANN, SESSION, fetched);
    sync.open(fetched);
    sync.change('new');
    sync.flush();
    calls[0].resolve(T1);
    await flushPromises();
    expect(sync.open(fetched)).toEqual({ text: 'new', restored: false });
    expect(sync.state).toEqual({ kind: 'idle' });
    expect(sync.lastSaved).toBe(T1);
    // and a note that had none: a fetch from before the first save says there is none
    const other = syncs.get(ANN, 'session-2', null);
    other.open(null);
    other.change('first words');
    other.flush();
    calls[1].resolve(T1);
    await flushPromises();
    expect(syncs.get(ANN, 'session-2', null).open(null)).toEqual({ text: 'first words', restored: false });
  });

  it('takes a newer note saved elsewhere when it has nothing of its own to save', () => {
    const { syncs, calls } = setup();
    const sync = syncs.get(ANN, SESSION, { body: 'old', updatedAt: T0 });
    sync.open({ body: 'old', updatedAt: T0 });
    expect(sync.serverNote({ body: 'from the laptop', updatedAt: T1 })).toBe('from the laptop');
    expect(sync.open({ body: 'from the laptop', updatedAt: T1 })).toEqual({
      text: 'from the laptop',
      restored: false,
    });
    // with changes of its own under way, ours win
    sync.change('mine');
    expect(sync.serverNote({ body: 'from the phone', updatedAt: T2 })).toBeNull();
    expect(sync.open({ body: 'from the phone', updatedAt: T2 }).text).toBe('mine');
    jest.advanceTimersByTime(800);
    expect(calls.map((c) => c.body)).toEqual(['mine']);
  });

  it('reports to the editor attached, and to none once it has gone', async () => {
    const { syncs, calls } = setup();
    const sync = syncs.get(ANN, SESSION, null);
    sync.open(null);
    const editor = listen(sync);
    sync.change('a');
    expect(editor.last()).toEqual({ kind: 'saving' });
    editor.detach();
    sync.flush();
    calls[0].resolve(T1);
    await flushPromises();
    expect(editor.states).toEqual([{ kind: 'saving' }]);
    const next = listen(sync);
    sync.change('ab');
    expect(next.last()).toEqual({ kind: 'saving' });
  });
});

describe('NoteSync: drafts of unsaved text on this device', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('keeps typed text until the server confirms it', async () => {
    const { syncs, calls, draft, clock } = setup();
    const sync = syncs.get(ANN, SESSION, { body: 'old', updatedAt: T0 });
    sync.open({ body: 'old', updatedAt: T0 });
    sync.change('typed');
    expect(draft()).toEqual({ body: 'typed', at: clock.now, base: T0 });
    jest.advanceTimersByTime(800);
    sync.change('typed more'); // during the save
    calls[0].resolve(T1);
    await flushPromises();
    expect(draft()?.body).toBe('typed more'); // not confirmed yet
    jest.advanceTimersByTime(800);
    calls[1].resolve(T2);
    await flushPromises();
    expect(draft()).toBeNull();
  });

  it('forgets the draft when typing goes back to what is stored', () => {
    const { syncs, draft } = setup();
    const sync = syncs.get(ANN, SESSION, { body: 'old', updatedAt: T0 });
    sync.open({ body: 'old', updatedAt: T0 });
    sync.change('olde');
    expect(draft()).not.toBeNull();
    sync.change('old');
    expect(draft()).toBeNull();
  });

  it('restores text whose save failed after the editor was gone, says so, and saves it', async () => {
    const storage = new MemoryStorage();
    const tab = setup({ storage });
    const sync = tab.syncs.get(ANN, SESSION, { body: 'old', updatedAt: T0 });
    sync.open({ body: 'old', updatedAt: T0 });
    sync.change('written offline');
    sync.flush(); // leaving the page
    tab.calls[0].reject(new TypeError('Failed to fetch'));
    await flushPromises();
    expect(tab.draft()?.body).toBe('written offline');

    // the page is loaded again (a new tab state, the same sessionStorage)
    const reloaded = setup({ storage });
    const fetched = { body: 'old', updatedAt: T0 };
    const again = reloaded.syncs.get(ANN, SESSION, fetched);
    expect(again.open(fetched)).toEqual({ text: 'written offline', restored: true });
    expect(again.state).toEqual({ kind: 'saving' });
    again.flush();
    expect(reloaded.calls.map((c) => c.body)).toEqual(['written offline']);
    reloaded.calls[0].resolve(T1);
    await flushPromises();
    expect(reloaded.draft()).toBeNull();
    expect(again.lastSaved).toBe(T1);
  });

  it('restores it too when coming back within the same tab, and saves it again', async () => {
    const { syncs, calls } = setup();
    const fetched = { body: 'old', updatedAt: T0 };
    const sync = syncs.get(ANN, SESSION, fetched);
    sync.open(fetched);
    sync.change('offline text');
    sync.flush();
    calls[0].reject(new TypeError('Failed to fetch'));
    await flushPromises();
    expect(sync.open(fetched)).toEqual({ text: 'offline text', restored: true });
    jest.advanceTimersByTime(800);
    expect(calls.map((c) => c.body)).toEqual(['offline text', 'offline text']);
  });

  it('restores a draft typed where there was no note', () => {
    const storage = new MemoryStorage();
    const at = ms(T0);
    storage.setItem(draftKey(ANN, SESSION), JSON.stringify({ body: 'first thoughts', at, base: null }));
    const { syncs } = setup({ storage });
    expect(syncs.get(ANN, SESSION, null).open(null)).toEqual({ text: 'first thoughts', restored: true });
  });

  it('drops a draft the same as the server’s note', () => {
    const storage = new MemoryStorage();
    storage.setItem(
      draftKey(ANN, 'session-2'),
      JSON.stringify({ body: 'same', at: ms(T2), base: T0 } satisfies Draft),
    );
    const { syncs, draft } = setup({ storage });
    const same = { body: 'same', updatedAt: T1 };
    expect(syncs.get(ANN, 'session-2', same).open(same)).toEqual({ text: 'same', restored: false });
    expect(draft(ANN, 'session-2')).toBeNull();
  });

  it('restores a draft typed over an older version, whatever the clocks say, and sends it over that version', () => {
    const storage = new MemoryStorage();
    // typed over T0 at 10:01, and the laptop saved at 10:05: the server decides, not the clocks
    storage.setItem(
      draftKey(ANN, SESSION),
      JSON.stringify({ body: 'typed offline', at: ms(T0) + 60_000, base: T0 } satisfies Draft),
    );
    const { syncs, calls } = setup({ storage });
    const newer = { body: 'from the laptop', updatedAt: T1 };
    const sync = syncs.get(ANN, SESSION, newer);
    expect(sync.open(newer)).toEqual({ text: 'typed offline', restored: true });
    sync.flush();
    expect(calls.map((c) => [c.body, c.base])).toEqual([['typed offline', T0]]);
  });

  it('keeps a draft typed over the version the server still has, whatever the clocks say', () => {
    const storage = new MemoryStorage();
    storage.setItem(
      draftKey(ANN, SESSION),
      JSON.stringify({ body: 'mine', at: ms(T0) - 3_600_000, base: T1 } satisfies Draft),
    );
    const { syncs } = setup({ storage });
    const fetched = { body: 'old', updatedAt: T1 };
    expect(syncs.get(ANN, SESSION, fetched).open(fetched)).toEqual({ text: 'mine', restored: true });
  });

  it('ignores what it cannot read, and storage that refuses', () => {
    const storage = new MemoryStorage();
    storage.setItem(draftKey(ANN, SESSION), '{not json');
    storage.setItem(draftKey(ANN, 'session-2'), JSON.stringify({ body: 3 }));
    const drafts = new Drafts(storage);
    expect(drafts.read(ANN, SESSION)).toBeNull();
    expect(drafts.read(ANN, 'session-2')).toBeNull();

    const refusing: DraftStorage = {
      length: 1,
      key: () => {
        throw new Error('SecurityError');
      },
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    const { syncs } = setup({ storage: refusing });
    const sync = syncs.get(ANN, SESSION, null);
    expect(sync.open(null)).toEqual({ text: '', restored: false });
    expect(() => sync.change('still works')).not.toThrow();
    expect(() => syncs.signedInChanged(null)).not.toThrow();
    expect(new Drafts(null).read(ANN, SESSION)).toBeNull();
  });
});

describe('NoteSync: only ever for the user it was opened for', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('stops saving when someone else signs in, says so, and drops the previous user’s drafts', async () => {
    const { syncs, calls, signedIn, storage, draft } = setup();
    storage.setItem('unrelated', 'kept');
    const sync = syncs.get(ANN, SESSION, null);
    sync.open(null);
    const editor = listen(sync);
    sync.change('Ann’s private thoughts');
    expect(draft()).not.toBeNull();

    signedIn.user = BOB; // another tab signed in as Bob
    syncs.signedInChanged(BOB);
    expect(editor.last()).toEqual({ kind: 'failed', error: new WrongUserError(BOB) });
    expect((editor.last() as { error: WrongUserError }).error.signedIn).toBe(BOB);
    expect(sync.stopped).toBe(true);
    jest.advanceTimersByTime(5000);
    sync.change('more');
    sync.flush();
    await flushPromises();
    expect(calls).toHaveLength(0);
    expect(draft()).toBeNull();
    expect(storage.getItem('unrelated')).toBe('kept');

    // Bob's editor on the same session is a new one, with Bob's note
    const bobs = syncs.get(BOB, SESSION, { body: 'Bob’s', updatedAt: T1 });
    expect(bobs).not.toBe(sync);
    expect(bobs.open({ body: 'Bob’s', updatedAt: T1 }).text).toBe('Bob’s');
  });

  it('refuses a save at once when the user is known to differ, before being told', async () => {
    const { syncs, calls, signedIn } = setup();
    const sync = syncs.get(ANN, SESSION, null);
    sync.open(null);
    const editor = listen(sync);
    sync.change('typed');
    signedIn.user = null;
    jest.advanceTimersByTime(800);
    await flushPromises();
    expect(calls).toHaveLength(0);
    expect(editor.last()).toEqual({ kind: 'failed', error: new WrongUserError(null) });
    expect(sync.state.kind).toBe('failed');
  });

  it('saves while the user is not known yet (the page only opens notes for a signed-in user)', () => {
    const { syncs, calls } = setup({ user: undefined });
    const sync = syncs.get(ANN, SESSION, null);
    sync.open(null);
    sync.change('typed');
    sync.flush();
    expect(calls.map((c) => c.body)).toEqual(['typed']);
  });

  it('opens read-only, and unkept, for a user no longer signed in', () => {
    const storage = new MemoryStorage();
    storage.setItem(draftKey(ANN, SESSION), JSON.stringify({ body: 'Ann’s draft', at: ms(T2), base: null }));
    const { syncs, calls } = setup({ storage, user: BOB });
    const sync = syncs.get(ANN, SESSION, { body: 'Ann’s note', updatedAt: T0 });
    expect(sync.stopped).toBe(true);
    expect(sync.open({ body: 'Ann’s note', updatedAt: T0 })).toEqual({ text: 'Ann’s note', restored: false });
    sync.change('x');
    sync.flush();
    expect(calls).toHaveLength(0);
    expect(syncs.get(ANN, SESSION, null)).not.toBe(sync);
  });

  it('clears every draft on sign-out, and the other users’ when someone signs in', () => {
    const storage = new MemoryStorage();
    const d = (body: string) => JSON.stringify({ body, at: 0, base: null });
    storage.setItem(draftKey(ANN, 's1'), d('a1'));
    storage.setItem(draftKey(ANN, 's2'), d('a2'));
    storage.setItem(draftKey(BOB, 's1'), d('b1'));
    storage.setItem('ncasc.other', 'kept');
    const drafts = new Drafts(storage);
    drafts.clearExcept(BOB);
    expect([...storage.items.keys()].sort()).toEqual([draftKey(BOB, 's1'), 'ncasc.other'].sort());
    drafts.clearExcept(null);
    expect([...storage.items.keys()]).toEqual(['ncasc.other']);
  });

  it('keeps the drafts of a user whose id begins like another’s apart', () => {
    const storage = new MemoryStorage();
    storage.setItem(draftKey('ann', 's1'), JSON.stringify({ body: 'x', at: 0, base: null }));
    new Drafts(storage).clearExcept('an');
    expect(storage.length).toBe(0);
  });
});

describe('NoteSync: written offline, sent later, and conflicts with another device', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  const offline = () => new TypeError('Failed to fetch');

  it('names the version each save was typed over, and moves on to the version it made', async () => {
    const { syncs, calls, draft } = setup();
    const sync = syncs.get(ANN, SESSION, { body: 'old', updatedAt: T0 });
    sync.open({ body: 'old', updatedAt: T0 });
    sync.change('one');
    jest.advanceTimersByTime(800);
    sync.change('one two'); // typed while the first save is on its way
    calls[0].resolve(T1);
    await flushPromises();
    // the draft of the newer text is now over the version the first save made
    expect(draft()).toMatchObject({ body: 'one two', base: T1 });
    jest.advanceTimersByTime(800);
    expect(calls.map((c) => [c.body, c.base])).toEqual([
      ['one', T0],
      ['one two', T1],
    ]);
    // a note where there was none: made over no version (null)
    const fresh = syncs.get(ANN, 'session-2', null);
    fresh.open(null);
    fresh.change('first');
    fresh.flush();
    expect(calls[2]).toMatchObject({ body: 'first', base: null });
  });

  it('shows both versions when another device saved meanwhile, and saves this device’s when chosen', async () => {
    const { syncs, calls, draft } = setup();
    const sync = syncs.get(ANN, SESSION, { body: 'start', updatedAt: T0 });
    sync.open({ body: 'start', updatedAt: T0 });
    const editor = listen(sync);
    sync.change('typed on the train');
    sync.flush();
    calls[0].reject(new NoteConflictError({ body: 'typed on the laptop', updatedAt: T1 }));
    await flushPromises();
    expect(editor.last()).toEqual({
      kind: 'conflict',
      theirs: { body: 'typed on the laptop', updatedAt: T1 },
    });
    expect(sync.state.kind).toBe('conflict');
    // nothing more is sent until the user chooses; what is typed meanwhile is kept
    sync.change('typed on the train, and more');
    jest.advanceTimersByTime(5000);
    sync.flush();
    expect(calls).toHaveLength(1);
    expect(draft()).toMatchObject({ body: 'typed on the train, and more', base: T0 });
    // an older fetch does not replace it either
    expect(sync.serverNote({ body: 'typed on the laptop', updatedAt: T1 })).toBeNull();

    expect(sync.resolve('mine')).toBe('typed on the train, and more');
    expect(calls.map((c) => [c.body, c.base])).toEqual([
      ['typed on the train', T0],
      ['typed on the train, and more', T1], // over the other device's version now
    ]);
    calls[1].resolve(T2);
    await flushPromises();
    expect(sync.state).toEqual({ kind: 'idle' });
    expect(draft()).toBeNull();
    expect(sync.lastSaved).toBe(T2);
  });

  it('takes the other device’s version when chosen, sending nothing', async () => {
    const { syncs, calls, draft } = setup();
    const sync = syncs.get(ANN, SESSION, { body: 'start', updatedAt: T0 });
    sync.open({ body: 'start', updatedAt: T0 });
    sync.change('mine');
    sync.flush();
    calls[0].reject(new NoteConflictError({ body: 'theirs', updatedAt: T1 }));
    await flushPromises();
    expect(sync.resolve('theirs')).toBe('theirs');
    expect(sync.state).toEqual({ kind: 'idle' });
    expect(sync.lastSaved).toBe(T1);
    expect(draft()).toBeNull();
    jest.advanceTimersByTime(5000);
    expect(calls).toHaveLength(1);
    // typing on is over the other device's version
    sync.change('theirs, and mine');
    jest.advanceTimersByTime(800);
    expect(calls[1]).toMatchObject({ body: 'theirs, and mine', base: T1 });
  });

  it('keeps both, this device’s first, when chosen; and a note deleted elsewhere can be written again', async () => {
    const { syncs, calls } = setup();
    const sync = syncs.get(ANN, SESSION, { body: 'start', updatedAt: T0 });
    sync.open({ body: 'start', updatedAt: T0 });
    sync.change('mine');
    sync.flush();
    calls[0].reject(new NoteConflictError({ body: 'theirs', updatedAt: T1 }));
    await flushPromises();
    expect(sync.resolve('both')).toBe('mine\n\ntheirs');
    expect(calls[1]).toMatchObject({ body: 'mine\n\ntheirs', base: T1 });

    const other = syncs.get(ANN, 'session-2', { body: 'start', updatedAt: T0 });
    other.open({ body: 'start', updatedAt: T0 });
    other.change('edited');
    other.flush();
    calls[2].reject(new NoteConflictError(null)); // deleted on the laptop
    await flushPromises();
    expect(other.state).toEqual({ kind: 'conflict', theirs: null });
    other.resolve('mine');
    expect(calls[3]).toMatchObject({ body: 'edited', base: null });
  });

  it('is not fooled by its own save whose answer was lost: the server having that text is no conflict', async () => {
    const { syncs, calls, draft } = setup();
    const sync = syncs.get(ANN, SESSION, { body: 'start', updatedAt: T0 });
    sync.open({ body: 'start', updatedAt: T0 });
    const editor = listen(sync);
    sync.change('sent, answer lost');
    sync.flush();
    calls[0].reject(offline()); // it reached the server, but the answer never came back
    await flushPromises();
    expect(draft()?.unsure).toEqual(['sent, answer lost']);
    sync.change('sent, answer lost, then more');
    sync.flush();
    // over T0, but the server has our own text at T1: saved again over T1 at once
    calls[1].reject(new NoteConflictError({ body: 'sent, answer lost', updatedAt: T1 }));
    await flushPromises();
    expect(calls.map((c) => [c.body, c.base])).toEqual([
      ['sent, answer lost', T0],
      ['sent, answer lost, then more', T0],
      ['sent, answer lost, then more', T1],
    ]);
    calls[2].resolve(T2);
    await flushPromises();
    expect(editor.states.some((s) => s.kind === 'conflict')).toBe(false);
    expect(draft()).toBeNull();
  });

  it('sends the drafts kept on this device after a restart, oldest first, once each, and says how each went', async () => {
    const storage = new MemoryStorage();
    const durable = new MemoryDurable();
    durable.put(ANN, 's-late', { body: 'written second', at: ms(T0) + 2000, base: T0 });
    durable.put(ANN, 's-early', { body: 'written first', at: ms(T0) + 1000, base: null });
    durable.put(BOB, 's-bob', { body: 'Bob’s', at: ms(T0), base: null });
    const { syncs, calls } = setup({ storage, durable });
    const sent = syncs.sendDrafts(ANN);
    await flushPromises();
    expect(calls.map((c) => [c.sessionId, c.body, c.base])).toEqual([['s-early', 'written first', null]]);
    calls[0].resolve(T1);
    await flushPromises();
    expect(calls.map((c) => c.sessionId)).toEqual(['s-early', 's-late']);
    calls[1].reject(new NoteConflictError({ body: 'from the laptop', updatedAt: T1 }));
    expect(await sent).toEqual([
      { sessionId: 's-early', outcome: 'saved' },
      { sessionId: 's-late', outcome: 'conflict' },
    ]);
    expect([...durable.items.values()].map((v) => v.sessionId).sort()).toEqual(['s-bob', 's-late']);

    // the page of the one in conflict opened: both versions, with the text kept here
    const fetched = { body: 'from the laptop', updatedAt: T1 };
    const sync = syncs.get(ANN, 's-late', fetched);
    expect(sync.open(fetched).text).toBe('written second');
    expect(sync.state).toEqual({ kind: 'conflict', theirs: fetched });
    // sending again changes nothing while the user has not chosen
    expect(await syncs.sendDrafts(ANN)).toEqual([{ sessionId: 's-late', outcome: 'conflict' }]);
    expect(calls).toHaveLength(2);
  });

  it('sends a kept draft through the editor’s own queue, and tells an editor already open', async () => {
    const storage = new MemoryStorage();
    const durable = new MemoryDurable();
    const { syncs, calls } = setup({ storage, durable });
    // the editor opened before the drafts were read from IndexedDB (a tab closed and opened again)
    const fetched = { body: 'old', updatedAt: T0 };
    const sync = syncs.get(ANN, SESSION, fetched);
    expect(sync.open(fetched)).toEqual({ text: 'old', restored: false });
    const editor = listen(sync);
    durable.put(ANN, SESSION, { body: 'from before the restart', at: ms(T0) + 1, base: T0 });
    const sent = syncs.sendDrafts(ANN);
    await flushPromises();
    expect(editor.texts).toEqual(['from before the restart']);
    expect(calls.map((c) => c.body)).toEqual(['from before the restart']);
    // the editor's own flush (leaving the box) sends nothing twice
    sync.flush();
    expect(calls).toHaveLength(1);
    calls[0].resolve(T1);
    expect(await sent).toEqual([{ sessionId: SESSION, outcome: 'saved' }]);
    // offline: unsent, and the draft stays
    durable.put(ANN, 'session-2', { body: 'offline', at: ms(T1), base: null });
    const again = syncs.sendDrafts(ANN);
    await flushPromises();
    calls[1].reject(offline());
    expect(await again).toEqual([{ sessionId: 'session-2', outcome: 'unsent' }]);
    expect(durable.items.size).toBe(1);
  });

  it('keeps drafts in the durable store too, and forgets them there on sign-out', () => {
    const storage = new MemoryStorage();
    const durable = new MemoryDurable();
    const { syncs, draft } = setup({ storage, durable });
    const sync = syncs.get(ANN, SESSION, null);
    sync.open(null);
    sync.change('kept twice');
    expect(draft()?.body).toBe('kept twice');
    expect([...durable.items.values()].map((v) => v.draft.body)).toEqual(['kept twice']);
    syncs.signedInChanged(null);
    expect(draft()).toBeNull();
    expect(durable.items.size).toBe(0);
  });

  it('reads the drafts a closed tab left into this tab, unless this tab has newer text', async () => {
    const storage = new MemoryStorage();
    const durable = new MemoryDurable();
    durable.put(ANN, 's1', { body: 'from the closed tab', at: 100, base: null });
    durable.put(ANN, 's2', { body: 'older', at: 100, base: null });
    storage.setItem(draftKey(ANN, 's2'), JSON.stringify({ body: 'newer here', at: 200, base: null }));
    // only in this tab's storage: another tab has saved it since (it is gone from the shared store)
    storage.setItem(draftKey(ANN, 's3'), JSON.stringify({ body: 'saved elsewhere', at: 50, base: null }));
    const drafts = new Drafts(storage, durable);
    expect((await drafts.load(ANN)).map((d) => [d.sessionId, d.draft.body])).toEqual([
      ['s1', 'from the closed tab'],
      ['s2', 'newer here'],
    ]);
    expect(drafts.read(ANN, 's1')?.body).toBe('from the closed tab');
    // without a durable store: this tab's own
    expect((await new Drafts(storage).load(ANN)).map((d) => d.sessionId)).toEqual(['s3', 's1', 's2']);
  });
});
