import { NetworkStatus, ShownData } from './network';

describe('NetworkStatus', () => {
  it('goes offline on a failure and back on the next answer, telling reconnect listeners only of the way back', () => {
    const n = new NetworkStatus();
    const changes: boolean[] = [];
    let reconnects = 0;
    n.subscribe(() => changes.push(n.offline));
    n.onReconnect(() => reconnects++);
    n.answered(); // already online: nothing
    n.failed();
    n.failed();
    n.answered();
    n.answered();
    expect(changes).toEqual([true, false]);
    expect(reconnects).toBe(1);
  });
});

describe('ShownData', () => {
  it('knows the oldest data on screen and whether any is this device’s copy, as pages come and go', () => {
    const s = new ShownData();
    let heard = 0;
    s.subscribe(() => heard++);
    expect([s.oldest, s.fromDevice]).toEqual([null, false]);
    const agenda = s.add({ fetchedAt: 200, fromDevice: false });
    const session = s.add({ fetchedAt: 100, fromDevice: true });
    expect([s.oldest, s.fromDevice]).toEqual([100, true]);
    session();
    session(); // twice: once only
    expect([s.oldest, s.fromDevice]).toEqual([200, false]);
    agenda();
    expect(s.oldest).toBeNull();
    expect(heard).toBe(4);
  });
});
