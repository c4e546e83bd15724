import { type SaveState, SaveQueue } from './save-queue';

/** The part of Web Storage the drafts use: sessionStorage in the browser, a stand-in in tests. */
export interface DraftStorage {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** A note as the server has it. */
export interface ServerNote {
  body: string;
  updatedAt: string;
}

/** Text typed on this device that the server has not confirmed yet. */
export interface Draft {
  body: string;
  /** When it was typed, by this device's clock (ms since 1970). */
  at: number;
  /** The server's `updatedAt` of the version it was typed over; null when there was none. */
  base: string | null;
}

const PREFIX = 'ncasc.note-draft.';
const userPrefix = (userId: string) => `${PREFIX}${encodeURIComponent(userId)}/`;

/** The storage key of a user's draft of their note on a session. */
export const draftKey = (userId: string, sessionId: string): string =>
  `${userPrefix(userId)}${encodeURIComponent(sessionId)}`;

/** Not saving: the signed-in user is not the one the note was opened for (null: no one is signed in). */
export class WrongUserError extends Error {
  constructor(readonly signedIn: string | null | undefined) {
    super(signedIn === null ? 'You are signed out' : 'Signed in as someone else');
    this.name = 'WrongUserError';
  }
}

/** Drafts of notes, one per user and session; storage failures (full, switched off) are ignored. */
export class Drafts {
  constructor(private readonly storage: DraftStorage | null) {}

  read(userId: string, sessionId: string): Draft | null {
    try {
      const raw = this.storage?.getItem(draftKey(userId, sessionId));
      if (!raw) return null;
      const d = JSON.parse(raw) as Partial<Draft> | null;
      if (
        !d ||
        typeof d.body !== 'string' ||
        typeof d.at !== 'number' ||
        (d.base !== null && typeof d.base !== 'string')
      )
        return null;
      return { body: d.body, at: d.at, base: d.base };
    } catch {
      return null;
    }
  }

  write(userId: string, sessionId: string, draft: Draft): void {
    try {
      this.storage?.setItem(draftKey(userId, sessionId), JSON.stringify(draft));
    } catch {
      // full or switched off: the text is still in the box and in the save queue
    }
  }

  remove(userId: string, sessionId: string): void {
    try {
      this.storage?.removeItem(draftKey(userId, sessionId));
    } catch {
      // nothing to do
    }
  }

  /** Forgets every draft except those of `userId` (all of them when null). */
  clearExcept(userId: string | null): void {
    const storage = this.storage;
    if (!storage) return;
    try {
      const keep = userId === null ? null : userPrefix(userId);
      const keys: string[] = [];
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        if (key?.startsWith(PREFIX) && !(keep && key.startsWith(keep))) keys.push(key);
      }
      keys.forEach((key) => storage.removeItem(key));
    } catch {
      // nothing to do
    }
  }
}

export interface NoteSyncOptions {
  userId: string;
  sessionId: string;
  /** Stores the body (an empty one deletes the note); resolves to the stored note's `updatedAt`, or null when deleted. */
  save: (body: string) => Promise<string | null>;
  drafts: Drafts;
  /** The signed-in user's id as last known: null when no one is, undefined when not known yet. */
  signedInAs: () => string | null | undefined;
  delayMs: number;
  /** This device's clock, ms. */
  now?: () => number;
}

const time = (iso: string): number => Date.parse(iso);

/**
 * One user's note on one session in this tab: the save queue and what is known of the server's copy.
 * It outlives the editor, so an editor opened again shows the text still being saved (or saved since
 * the page's data was fetched) rather than an older copy; and text the server has not confirmed is
 * kept as a draft in sessionStorage until it does. It never saves for a user other than the one
 * signed in.
 */
export class NoteSync {
  private readonly queue: SaveQueue<string>;
  /** The server's `updatedAt` of the newest version of the note this tab knows of (null: none known). */
  private known: string | null;
  private listener: ((state: SaveState) => void) | null = null;
  private last: SaveState = { kind: 'idle' };
  private stoppedBy: WrongUserError | null = null;

  constructor(
    note: ServerNote | null,
    private readonly options: NoteSyncOptions,
  ) {
    this.known = note?.updatedAt ?? null;
    const now = options.now;
    this.queue = new SaveQueue(note?.body ?? '', {
      save: (body) => this.store(body),
      delayMs: options.delayMs,
      onState: (state) => this.report(state),
      now: now ? () => new Date(now()) : undefined,
    });
  }

  get userId(): string {
    return this.options.userId;
  }

  get sessionId(): string {
    return this.options.sessionId;
  }

  /** The latest text typed (or taken from the server). */
  get text(): string {
    return this.queue.value;
  }

  /** Text not yet stored, or being stored. */
  get dirty(): boolean {
    return this.queue.dirty;
  }

  /** The server's time of the newest version known here. */
  get lastSaved(): string | null {
    return this.known;
  }

  /** Stopped because someone else (or no one) is signed in. */
  get stopped(): boolean {
    return this.stoppedBy !== null;
  }

  /** What an editor opening now should say. */
  get state(): SaveState {
    if (this.stoppedBy) return { kind: 'failed', error: this.stoppedBy };
    if (this.queue.pending) return { kind: 'saving' };
    return this.queue.dirty ? this.last : { kind: 'idle' };
  }

  /**
   * An editor opens with the note its page fetched: the text to show, and whether it is unsaved text
   * restored from this device (its save has been queued; flush() to send it at once).
   */
  open(note: ServerNote | null): { text: string; restored: boolean } {
    const keep = { text: this.queue.value, restored: false };
    if (this.stoppedBy) return keep;
    this.takeNewer(note);
    // a save under way, or waiting for its pause: it carries on
    if (this.queue.pending) return { text: this.queue.value, restored: false };
    // unsaved text from an earlier visit whose save failed: try again
    if (this.queue.dirty) {
      this.change(this.queue.value);
      return { text: this.queue.value, restored: true };
    }
    const { userId, sessionId, drafts } = this.options;
    const draft = drafts.read(userId, sessionId);
    if (!draft) return { text: this.queue.value, restored: false };
    if (draft.body === this.queue.savedValue || !this.draftIsNewer(draft)) {
      drafts.remove(userId, sessionId);
      return { text: this.queue.value, restored: false };
    }
    this.change(draft.body);
    return { text: draft.body, restored: true };
  }

  /**
   * The page fetched the note again: the text to show when it is newer than anything known here and
   * there are no changes of our own; else null (keep what is shown).
   */
  serverNote(note: ServerNote | null): string | null {
    return this.takeNewer(note);
  }

  /** The text changed in the editor. */
  change(value: string): void {
    if (this.stoppedBy) return;
    this.queue.change(value);
    const { userId, sessionId, drafts } = this.options;
    if (this.queue.dirty) drafts.write(userId, sessionId, { body: value, at: this.now(), base: this.known });
    else drafts.remove(userId, sessionId);
  }

  /** Save now (blur, leaving the page). */
  flush(): void {
    if (!this.stoppedBy) this.queue.flush();
  }

  /** The editor showing this note hears how saving goes; returns the way to stop hearing. */
  attach(listener: (state: SaveState) => void): () => void {
    this.listener = listener;
    return () => {
      if (this.listener === listener) this.listener = null;
    };
  }

  /** Someone else (or no one) is signed in: no more saves, ever; the editor says so. */
  stop(signedIn: string | null | undefined = this.options.signedInAs()): void {
    if (this.stoppedBy) return;
    this.stoppedBy = new WrongUserError(signedIn);
    this.queue.cancel();
    this.listener?.(this.state);
  }

  private takeNewer(note: ServerNote | null): string | null {
    // a missing note may only be an answer from before our first save: never taken over text
    if (this.stoppedBy || !note) return null;
    // not newer than what we know the server has: an answer from before our last save
    if (this.known !== null && !(time(note.updatedAt) > time(this.known))) return null;
    // changes of our own win: their save overwrites it
    if (this.queue.pending || this.queue.dirty || !this.queue.reset(note.body)) return null;
    this.known = note.updatedAt;
    return note.body;
  }

  /** A draft is newer than the server's copy when typed over it, or (by the clocks) after it. */
  private draftIsNewer(draft: Draft): boolean {
    if (this.known === null) return true;
    if (draft.base !== null && time(this.known) <= time(draft.base)) return true;
    return draft.at > time(this.known);
  }

  private async store(body: string): Promise<void> {
    const signedIn = this.options.signedInAs();
    if (signedIn !== undefined && signedIn !== this.options.userId) this.stop(signedIn);
    if (this.stoppedBy) throw this.stoppedBy;
    const updatedAt = await this.options.save(body);
    if (updatedAt !== null && (this.known === null || time(updatedAt) >= time(this.known)))
      this.known = updatedAt;
    // confirmed: the draft goes, unless newer text has been typed meanwhile
    const { userId, sessionId, drafts } = this.options;
    if (drafts.read(userId, sessionId)?.body === body) drafts.remove(userId, sessionId);
  }

  private report(state: SaveState): void {
    this.last = state;
    if (!this.stoppedBy) this.listener?.(state);
  }

  private now(): number {
    return this.options.now ? this.options.now() : Date.now();
  }
}

export interface NoteSyncsOptions {
  /** Stores a user's note on a session (see NoteSyncOptions.save). */
  save: (sessionId: string, body: string) => Promise<string | null>;
  drafts: Drafts;
  signedInAs: () => string | null | undefined;
  delayMs: number;
  now?: () => number;
}

/** The NoteSync of each note opened in this tab, kept after its editor is gone. */
export class NoteSyncs {
  private readonly syncs = new Map<string, NoteSync>();

  constructor(private readonly options: NoteSyncsOptions) {}

  /** The one NoteSync of this user's note on this session; made with `note` the first time. */
  get(userId: string, sessionId: string, note: ServerNote | null): NoteSync {
    const key = JSON.stringify([userId, sessionId]);
    const found = this.syncs.get(key);
    if (found) return found;
    const { save, drafts, signedInAs, delayMs, now } = this.options;
    const sync = new NoteSync(note, {
      userId,
      sessionId,
      save: (body) => save(sessionId, body),
      drafts,
      signedInAs,
      delayMs,
      now,
    });
    const current = signedInAs();
    // opened for someone no longer signed in (a page not yet fetched again): read-only, not kept
    if (current !== undefined && current !== userId) sync.stop(current);
    else this.syncs.set(key, sync);
    return sync;
  }

  /** Someone else (or no one) is signed in now: the other users' notes stop saving and their drafts go. */
  signedInChanged(userId: string | null): void {
    for (const [key, sync] of this.syncs)
      if (sync.userId !== userId) {
        sync.stop(userId);
        this.syncs.delete(key);
      }
    this.options.drafts.clearExcept(userId);
  }
}
