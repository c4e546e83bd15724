import { type SaveState, SaveQueue } from './save-queue';

/** A save the test finishes by hand, in any order. */
function deferredSaves() {
  const calls: { value: string; resolve: () => void; reject: (e: unknown) => void }[] = [];
  const save = (value: string) =>
    new Promise<void>((resolve, reject) => {
      calls.push({ value, resolve, reject });
    });
  return { calls, save };
}

const flushPromises = () =>
  new Promise<void>((r) => jest.requireActual<typeof globalThis>('timers').setImmediate(r));

describe('SaveQueue', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  function setup(initial = '') {
    const { calls, save } = deferredSaves();
    const states: SaveState[] = [];
    const at = new Date('2018-11-15T10:32:00Z');
    const q = new SaveQueue(initial, { save, delayMs: 800, onState: (s) => states.push(s), now: () => at });
    const last = () => states[states.length - 1];
    return { q, calls, states, last, at };
  }

  it('saves once, 800 ms after the last keystroke', async () => {
    const { q, calls, last, at } = setup();
    q.change('H');
    jest.advanceTimersByTime(500);
    q.change('He');
    jest.advanceTimersByTime(500);
    q.change('Hello');
    expect(calls).toHaveLength(0);
    expect(last()).toEqual({ kind: 'saving' });
    jest.advanceTimersByTime(800);
    expect(calls.map((c) => c.value)).toEqual(['Hello']);
    calls[0].resolve();
    await flushPromises();
    expect(last()).toEqual({ kind: 'saved', at });
    expect(q.dirty).toBe(false);
  });

  it('saves at once on flush (blur), and not again after the pause', async () => {
    const { q, calls } = setup();
    q.change('Note');
    q.flush();
    expect(calls.map((c) => c.value)).toEqual(['Note']);
    calls[0].resolve();
    await flushPromises();
    jest.advanceTimersByTime(2000);
    expect(calls).toHaveLength(1);
  });

  it('does not save text that did not change', () => {
    const { q, calls } = setup('same');
    q.flush();
    q.change('same');
    jest.advanceTimersByTime(1000);
    expect(calls).toHaveLength(0);
  });

  it('ends with the latest text saved when typing goes on during a save, one save at a time', async () => {
    const { q, calls, last } = setup();
    q.change('first');
    q.flush();
    q.change('first and more');
    q.flush(); // blur while the first save is under way: waits for it
    expect(calls.map((c) => c.value)).toEqual(['first']);
    calls[0].resolve();
    await flushPromises();
    expect(last()).toEqual({ kind: 'saving' });
    expect(calls.map((c) => c.value)).toEqual(['first', 'first and more']);
    calls[1].resolve();
    await flushPromises();
    expect(last().kind).toBe('saved');
    expect(q.dirty).toBe(false);
  });

  it('waits for the pause when typing goes on during a save', async () => {
    const { q, calls } = setup();
    q.change('a');
    jest.advanceTimersByTime(800);
    q.change('ab');
    calls[0].resolve();
    await flushPromises();
    expect(calls).toHaveLength(1);
    jest.advanceTimersByTime(800);
    expect(calls.map((c) => c.value)).toEqual(['a', 'ab']);
  });

  it('says it failed, keeps the text dirty, and tries again on the next change or blur', async () => {
    const { q, calls, last } = setup();
    q.change('lost?');
    q.flush();
    calls[0].reject(new Error('offline'));
    await flushPromises();
    expect(last()).toEqual({ kind: 'failed', error: new Error('offline') });
    expect(q.dirty).toBe(true);
    q.flush();
    expect(calls.map((c) => c.value)).toEqual(['lost?', 'lost?']);
    calls[1].resolve();
    await flushPromises();
    expect(last().kind).toBe('saved');
  });

  it('takes a newer stored text only when it has no changes of its own', () => {
    const { q, calls } = setup('old');
    expect(q.reset('from another tab')).toBe(true);
    q.change('from another tab');
    jest.advanceTimersByTime(1000);
    expect(calls).toHaveLength(0);
    q.change('mine');
    expect(q.reset('theirs')).toBe(false);
    jest.advanceTimersByTime(800);
    expect(calls.map((c) => c.value)).toEqual(['mine']);
  });

  it('saves what is left when disposed, without reporting any more', async () => {
    const { q, calls, states } = setup();
    q.change('leaving');
    const before = states.length;
    q.dispose();
    expect(calls.map((c) => c.value)).toEqual(['leaving']);
    calls[0].resolve();
    await flushPromises();
    expect(states).toHaveLength(before);
  });
});

describe('SaveQueue, for the notes kept after their editor', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('tells a save under way or waiting from one done, and what was typed from what is stored', async () => {
    const { calls, save } = deferredSaves();
    const q = new SaveQueue<string>('stored', { save, delayMs: 800, onState: () => undefined });
    expect([q.pending, q.value, q.savedValue]).toEqual([false, 'stored', 'stored']);
    q.change('typed');
    expect([q.pending, q.value, q.savedValue]).toEqual([true, 'typed', 'stored']);
    jest.advanceTimersByTime(800);
    expect(q.pending).toBe(true);
    calls[0].resolve();
    await flushPromises();
    expect([q.pending, q.value, q.savedValue]).toEqual([false, 'typed', 'typed']);
  });

  it('stops for good on cancel, without saving what is left or reporting', async () => {
    const { calls, save } = deferredSaves();
    const states: SaveState[] = [];
    const q = new SaveQueue<string>('', { save, delayMs: 800, onState: (s) => states.push(s) });
    q.change('one');
    q.flush();
    q.change('one two'); // waits for the save under way
    q.cancel();
    const before = states.length;
    calls[0].resolve();
    await flushPromises();
    q.change('three');
    q.flush();
    jest.advanceTimersByTime(2000);
    expect(calls.map((c) => c.value)).toEqual(['one']);
    expect(states).toHaveLength(before);
  });

  it('pauses while the user chooses between two versions: changes are kept, nothing is sent until resumed', () => {
    const { calls, save } = deferredSaves();
    const q = new SaveQueue<string>('stored', { save, delayMs: 800, onState: () => undefined });
    q.pause();
    q.change('typed meanwhile');
    q.flush();
    jest.advanceTimersByTime(5000);
    expect(calls).toHaveLength(0);
    expect([q.value, q.dirty]).toEqual(['typed meanwhile', true]);
    q.resume();
    expect(calls.map((c) => c.value)).toEqual(['typed meanwhile']);
  });

  it('takes a chosen stored value without saving it', () => {
    const { calls, save } = deferredSaves();
    const q = new SaveQueue<string>('stored', { save, delayMs: 800, onState: () => undefined });
    q.change('mine');
    q.replace('theirs');
    jest.advanceTimersByTime(5000);
    expect(calls).toHaveLength(0);
    expect([q.value, q.savedValue, q.dirty]).toEqual(['theirs', 'theirs', false]);
  });

  it('with what is stored unknown, saves whatever it is given, even the initial value again', async () => {
    const { calls, save } = deferredSaves();
    const q = new SaveQueue<string>(
      '',
      { save, delayMs: 800, onState: () => undefined },
      { storedKnown: false },
    );
    expect([q.dirty, q.savedValue]).toEqual([false, undefined]);
    q.flush();
    expect(calls).toHaveLength(0);
    q.change(''); // an empty draft (a note cleared offline) still deletes the stored one
    expect(q.dirty).toBe(true);
    q.flush();
    expect(calls.map((c) => c.value)).toEqual(['']);
    calls[0].resolve();
    await flushPromises();
    expect([q.dirty, q.savedValue]).toEqual([false, '']);
  });
});
