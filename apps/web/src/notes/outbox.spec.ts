import type { SendOutcome } from './note-sync';
import { Outbox } from './outbox';

const settle = () =>
  new Promise<void>((r) => jest.requireActual<typeof globalThis>('timers').setImmediate(r));

function setup(user: string | null | undefined = 'ann') {
  const runs: { userId: string; finish: (outcomes: SendOutcome[]) => void }[] = [];
  const timers: { run: () => void; ms: number; cleared: boolean }[] = [];
  const state: { user: string | null | undefined } = { user };
  const outbox = new Outbox({
    send: (userId) =>
      new Promise((resolve) =>
        runs.push({
          userId,
          finish: (o) => resolve(o.map((outcome, i) => ({ sessionId: `s${i}`, outcome }))),
        }),
      ),
    signedInAs: () => state.user,
    setTimer: (run, ms) => {
      const t = { run, ms, cleared: false };
      timers.push(t);
      return t;
    },
    clearTimer: (t) => {
      (t as { cleared: boolean }).cleared = true;
    },
  });
  return { outbox, runs, timers, state };
}

describe('Outbox: notes written offline, sent when the connection returns', () => {
  it('sends nothing until a user is known, and nothing for no one', async () => {
    const { outbox, runs, state } = setup();
    state.user = undefined;
    await outbox.flush();
    state.user = null;
    await outbox.flush();
    expect(runs).toHaveLength(0);
    state.user = 'ann';
    void outbox.flush();
    expect(runs.map((r) => r.userId)).toEqual(['ann']);
  });

  it('runs once at a time: asked again meanwhile, it runs once more after', async () => {
    const { outbox, runs } = setup();
    const first = outbox.flush();
    void outbox.flush();
    void outbox.flush();
    expect(runs).toHaveLength(1);
    runs[0].finish(['saved']);
    await first;
    await settle();
    expect(runs).toHaveLength(2);
    runs[1].finish(['saved']);
    await settle();
    expect(runs).toHaveLength(2);
  });

  it('tries again later when something could not be sent, waiting longer each time, and at once when told the network is back', async () => {
    const { outbox, runs, timers } = setup();
    void outbox.flush();
    runs[0].finish(['saved', 'unsent']);
    await settle();
    expect(timers.map((t) => t.ms)).toEqual([10_000]);
    // another request got an answer, but a retry is already planned: no extra run
    outbox.nudge();
    expect(runs).toHaveLength(1);
    timers[0].run();
    runs[1].finish(['unsent']);
    await settle();
    expect(timers.map((t) => t.ms)).toEqual([10_000, 20_000]);
    // the browser says it is online: at once, and the planned retry is dropped
    void outbox.flush();
    expect(timers[1].cleared).toBe(true);
    runs[2].finish(['saved', 'conflict']); // a conflict waits for the user, not for a retry
    await settle();
    expect(timers).toHaveLength(2);
    outbox.nudge();
    expect(runs).toHaveLength(4);
  });
});
