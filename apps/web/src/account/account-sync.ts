import type { SignedIn } from './signed-in';

/** What a tab tells the others when it signs in, up or out. */
export interface AccountMessage {
  type: 'ncasc:account';
  /** Who is signed in now (null: no one). */
  userId: string | null;
  /** Tells one message from the next (the storage event only fires on a change). */
  nonce: string;
}

const CHANNEL = 'ncasc-account';
/** The localStorage key used where there is no BroadcastChannel. */
export const ACCOUNT_STORAGE_KEY = 'ncasc.account-changed';

export function isAccountMessage(m: unknown): m is AccountMessage {
  if (!m || typeof m !== 'object') return false;
  const o = m as Record<string, unknown>;
  return o.type === 'ncasc:account' && (o.userId === null || typeof o.userId === 'string');
}

/** A way to talk to this site's other tabs. */
export interface TabLink {
  send(message: AccountMessage): void;
  onMessage(listener: (message: unknown) => void): void;
}

interface ChannelLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (e: { data: unknown }) => void): void;
}

interface StorageLike {
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

interface StorageEventLike {
  key: string | null;
  newValue: string | null;
}

/** The parts of `window` the link needs. */
export interface TabWindow {
  BroadcastChannel?: new (name: string) => ChannelLike;
  localStorage?: StorageLike | null;
  addEventListener(type: 'storage', listener: (e: StorageEventLike) => void): void;
}

/**
 * BroadcastChannel where there is one, else a `storage` event on a localStorage key (set, then
 * removed at once); null when neither can be used.
 */
export function tabLink(win: TabWindow): TabLink | null {
  if (typeof win.BroadcastChannel === 'function') {
    try {
      const channel = new win.BroadcastChannel(CHANNEL);
      return {
        send: (message) => channel.postMessage(message),
        onMessage: (listener) => channel.addEventListener('message', (e) => listener(e.data)),
      };
    } catch {
      // fall back to storage events
    }
  }
  let storage: StorageLike | null | undefined;
  try {
    storage = win.localStorage;
  } catch {
    storage = null; // access refused (blocked cookies)
  }
  if (!storage) return null;
  const store = storage;
  return {
    send: (message) => {
      try {
        store.setItem(ACCOUNT_STORAGE_KEY, JSON.stringify(message));
        store.removeItem(ACCOUNT_STORAGE_KEY);
      } catch {
        // storage full or refused: the other tabs find out when they are next shown
      }
    },
    onMessage: (listener) =>
      win.addEventListener('storage', (e) => {
        if (e.key !== ACCOUNT_STORAGE_KEY || !e.newValue) return; // the removal
        try {
          listener(JSON.parse(e.newValue));
        } catch {
          // not ours
        }
      }),
  };
}

/** The parts of `document` the sync needs. */
export interface VisibilityDocument {
  readonly visibilityState: string;
  addEventListener(type: 'visibilitychange', listener: () => void): void;
}

export interface AccountSyncOptions {
  signedIn: SignedIn;
  /** Who the server says is signed in; rejects when it cannot be asked. */
  fetchMe: () => Promise<{ id: string } | null>;
  /** Forgets the cached queries and fetches those on screen again. */
  invalidate: () => void;
  /** Tells one message from another. */
  nonce?: () => string;
}

/**
 * Keeps every tab of the site on the same account: a tab that signs in, up or out tells the others;
 * a tab told so, or shown again after being hidden, asks the server who is signed in and fetches its
 * data again, so it never shows (or saves as) the previous user.
 */
export class AccountSync {
  private link: TabLink | null = null;
  /** Bumped by every check and local change: an older check's answer is not used. */
  private generation = 0;

  constructor(private readonly options: AccountSyncOptions) {}

  /** Listens to the other tabs, and for this tab being shown again. */
  connect(link: TabLink | null, doc?: VisibilityDocument): void {
    this.link = link;
    link?.onMessage((m) => this.receive(m));
    doc?.addEventListener('visibilitychange', () => {
      if (doc.visibilityState === 'visible') void this.recheck();
    });
  }

  /** This tab signed in or up (the user's id) or out (null): tell the other tabs. */
  announce(userId: string | null): void {
    this.generation++;
    this.options.signedIn.set(userId);
    this.link?.send({ type: 'ncasc:account', userId, nonce: this.nonce() });
  }

  /** A message from another tab. */
  receive(message: unknown): void {
    if (!isAccountMessage(message)) return;
    // believed at once, so nothing is saved for the previous user meanwhile; then checked
    this.options.signedIn.set(message.userId);
    void this.recheck();
  }

  /** Forgets the cached data (fetching what is on screen again) and asks the server who is signed in. */
  async recheck(): Promise<void> {
    const generation = ++this.generation;
    this.options.invalidate();
    let me: { id: string } | null;
    try {
      me = await this.options.fetchMe();
    } catch {
      return; // offline: keep what we know
    }
    if (generation === this.generation) this.options.signedIn.set(me?.id ?? null);
  }

  private nonce(): string {
    return this.options.nonce ? this.options.nonce() : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
  }
}
