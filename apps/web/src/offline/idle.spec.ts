import { chunks, idle, idleQueue } from './idle';

describe('idleQueue: writes to this device one at a time, in the order asked', () => {
  it('lands later work after earlier work, even when the earlier is slower or fails', async () => {
    const queue = idleQueue();
    const landed: string[] = [];
    const slow = queue(async () => {
      await new Promise((r) => setTimeout(r, 30));
      landed.push('answers of the last account');
    });
    const failing = queue(() => Promise.reject(new Error('QuotaExceededError')));
    const cleanUp = queue(() => {
      landed.push('forget the last account');
      return Promise.resolve('done');
    });
    await expect(failing).rejects.toThrow('QuotaExceededError');
    expect(await cleanUp).toBe('done');
    await slow;
    expect(landed).toEqual(['answers of the last account', 'forget the last account']);
  });

  it('waits for the page to be idle before each piece', async () => {
    let idleNow: (() => void) | null = null;
    const queue = idleQueue(() => new Promise<void>((r) => (idleNow = r)));
    let ran = false;
    const piece = queue(() => {
      ran = true;
      return Promise.resolve();
    });
    await new Promise((r) => setTimeout(r, 10));
    expect(ran).toBe(false);
    idleNow!();
    await piece;
    expect(ran).toBe(true);
  });

  it('falls back to a timer where the browser has no requestIdleCallback', async () => {
    await expect(idle()).resolves.toBeUndefined();
  });
});

describe('chunks', () => {
  it('splits a list into parts of at most the size, in order, with nothing lost', () => {
    expect(chunks([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunks([], 20)).toEqual([]);
  });
});
