import {
  ACCOUNT_STORAGE_KEY,
  type AccountMessage,
  AccountSync,
  type TabWindow,
  type VisibilityDocument,
  tabLink,
} from './account-sync';
import { SignedIn } from './signed-in';

const flushPromises = () => new Promise<void>((r) => setImmediate(r));

/** BroadcastChannel between fake tabs: a message goes to every other channel of the same name. */
function channels() {
  const open: FakeChannel[] = [];
  class FakeChannel {
    private readonly listeners: ((e: { data: unknown }) => void)[] = [];
    constructor(readonly name: string) {
      open.push(this);
    }
    postMessage(data: unknown) {
      for (const c of open)
        if (c !== this && c.name === this.name)
          c.listeners.forEach((l) => l({ data: structuredClone(data) }));
    }
    addEventListener(_type: 'message', listener: (e: { data: unknown }) => void) {
      this.listeners.push(listener);
    }
  }
  return FakeChannel;
}

/** localStorage shared by fake tabs: a change fires `storage` in the other tabs only. */
function storageTabs() {
  const items = new Map<string, string>();
  const tabs: { listeners: ((e: { key: string | null; newValue: string | null }) => void)[] }[] = [];
  const tab = (): TabWindow => {
    const me = { listeners: [] as ((e: { key: string | null; newValue: string | null }) => void)[] };
    tabs.push(me);
    const fire = (key: string, newValue: string | null) =>
      tabs.filter((t) => t !== me).forEach((t) => t.listeners.forEach((l) => l({ key, newValue })));
    return {
      localStorage: {
        setItem: (key, value) => {
          items.set(key, value);
          fire(key, value);
        },
        removeItem: (key) => {
          items.delete(key);
          fire(key, null);
        },
      },
      addEventListener: (_type, listener) => me.listeners.push(listener),
    };
  };
  return {
    items,
    tab,
    fireIn: (i: number, key: string | null, newValue: string | null) =>
      tabs[i].listeners.forEach((l) => l({ key, newValue })),
  };
}

function setup(me: () => Promise<{ id: string } | null> = () => Promise.resolve(null)) {
  const signedIn = new SignedIn();
  const invalidate = jest.fn();
  const fetchMe = jest.fn(me);
  const sync = new AccountSync({ signedIn, fetchMe, invalidate, nonce: () => 'n' });
  return { signedIn, invalidate, fetchMe, sync };
}

describe('tabLink', () => {
  it('uses BroadcastChannel between tabs where there is one', () => {
    const BroadcastChannel = channels();
    const win = (): TabWindow => ({ BroadcastChannel, addEventListener: jest.fn() });
    const [a, b, c] = [tabLink(win())!, tabLink(win())!, tabLink(win())!];
    const heardB: unknown[] = [];
    const heardA: unknown[] = [];
    a.onMessage((m) => heardA.push(m));
    b.onMessage((m) => heardB.push(m));
    const message: AccountMessage = { type: 'ncasc:account', userId: 'u1', nonce: '1' };
    c.send(message);
    expect(heardA).toEqual([message]);
    expect(heardB).toEqual([message]);
  });

  it('falls back to a storage event on a localStorage key, leaving nothing stored', () => {
    const shared = storageTabs();
    const [a, b] = [tabLink(shared.tab())!, tabLink(shared.tab())!];
    const heard: unknown[] = [];
    b.onMessage((m) => heard.push(m));
    a.send({ type: 'ncasc:account', userId: null, nonce: '1' });
    expect(heard).toEqual([{ type: 'ncasc:account', userId: null, nonce: '1' }]);
    expect(shared.items.size).toBe(0);
    // other keys, the removal and junk are not messages
    shared.fireIn(1, 'something.else', '{"type":"ncasc:account","userId":null}');
    shared.fireIn(1, ACCOUNT_STORAGE_KEY, null);
    shared.fireIn(1, ACCOUNT_STORAGE_KEY, '{not json');
    expect(heard).toHaveLength(1);
  });

  it('is null with neither', () => {
    expect(tabLink({ addEventListener: jest.fn() })).toBeNull();
    const refusing = {
      addEventListener: jest.fn(),
      get localStorage(): never {
        throw new Error('SecurityError');
      },
    };
    expect(tabLink(refusing)).toBeNull();
  });
});

describe('AccountSync', () => {
  it('tells the other tabs when this one signs in or out, and knows it itself', () => {
    const a = setup();
    const b = setup(() => Promise.resolve({ id: 'bob' }));
    const BroadcastChannel = channels();
    a.sync.connect(tabLink({ BroadcastChannel, addEventListener: jest.fn() }));
    b.sync.connect(tabLink({ BroadcastChannel, addEventListener: jest.fn() }));
    a.sync.announce('bob');
    expect(a.signedIn.current).toBe('bob');
    expect(a.invalidate).not.toHaveBeenCalled(); // the sign-in's own mutation fetches this tab's data again
    expect(b.signedIn.current).toBe('bob');
    expect(b.invalidate).toHaveBeenCalledTimes(1);
    expect(b.fetchMe).toHaveBeenCalledTimes(1);
  });

  it('told of a change, believes it at once, fetches its data again and asks the server', async () => {
    const { signedIn, invalidate, sync } = setup(() => Promise.resolve({ id: 'bob' }));
    signedIn.set('ann');
    const heard: (string | null)[] = [];
    signedIn.subscribe((id) => heard.push(id));
    sync.receive({ type: 'ncasc:account', userId: null, nonce: '1' });
    expect(signedIn.current).toBeNull();
    expect(invalidate).toHaveBeenCalledTimes(1);
    await flushPromises();
    // signed out, then in as Bob before we asked
    expect(signedIn.current).toBe('bob');
    expect(heard).toEqual([null, 'bob']);
  });

  it('ignores what is not its message', () => {
    const { signedIn, invalidate, sync } = setup();
    signedIn.set('ann');
    for (const junk of [null, 'x', { type: 'other', userId: null }, { type: 'ncasc:account', userId: 3 }])
      sync.receive(junk);
    expect(signedIn.current).toBe('ann');
    expect(invalidate).not.toHaveBeenCalled();
  });

  it('checks again when the tab is shown, not when it is hidden', async () => {
    const { signedIn, invalidate, fetchMe, sync } = setup(() => Promise.resolve(null));
    signedIn.set('ann');
    let onChange = () => {};
    const doc: VisibilityDocument & { visibilityState: string } = {
      visibilityState: 'hidden',
      addEventListener: (_type, listener) => (onChange = listener),
    };
    sync.connect(null, doc);
    onChange();
    expect(fetchMe).not.toHaveBeenCalled();
    doc.visibilityState = 'visible';
    onChange();
    expect(invalidate).toHaveBeenCalledTimes(1);
    await flushPromises();
    expect(signedIn.current).toBeNull();
  });

  it('keeps what it knows when the server cannot be asked', async () => {
    const { signedIn, sync } = setup(() => Promise.reject(new TypeError('Failed to fetch')));
    signedIn.set('ann');
    await sync.recheck();
    expect(signedIn.current).toBe('ann');
  });

  it('uses only the latest check, and none from before this tab signed in', async () => {
    const answers: ((me: { id: string } | null) => void)[] = [];
    const { signedIn, sync } = setup(() => new Promise((r) => answers.push(r)));
    const first = sync.recheck();
    const second = sync.recheck();
    answers[1]({ id: 'bob' });
    answers[0]({ id: 'ann' });
    await Promise.all([first, second]);
    expect(signedIn.current).toBe('bob');
    const third = sync.recheck();
    sync.announce('cat');
    answers[2](null);
    await third;
    expect(signedIn.current).toBe('cat');
  });
});
