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
  /** Texts sent whose answer never came: the server may have one of them (see NoteSync.store). */
  unsure?: string[];
}

/**
 * Where drafts outlive the tab (IndexedDB in the browser): sessionStorage keeps them through a reload,
 * this through closing the tab or the browser, until the server has them.
 */
export interface DurableDrafts {
  put(userId: string, sessionId: string, draft: Draft): void;
  remove(userId: string, sessionId: string): void;
  clearExcept(userId: string | null): void;
  /** A user's drafts. */
  all(userId: string): Promise<{ sessionId: string; draft: Draft }[]>;
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

/** A draft as read back from storage, or null when it is not one. */
export function asDraft(d: unknown): Draft | null {
  if (!d || typeof d !== 'object') return null;
  const o = d as Partial<Draft>;
  if (
    typeof o.body !== 'string' ||
    typeof o.at !== 'number' ||
    (o.base !== null && typeof o.base !== 'string')
  )
    return null;
  const unsure = Array.isArray(o.unsure) ? o.unsure.filter((u) => typeof u === 'string') : [];
  return { body: o.body, at: o.at, base: o.base, ...(unsure.length ? { unsure } : {}) };
}

/**
 * Drafts of notes, one per user and session, in sessionStorage (read at once when an editor opens) and
 * in the durable store (read when the app starts, see load()); storage failures (full, switched off)
 * are ignored.
 */
export class Drafts {
  constructor(
    private readonly storage: DraftStorage | null,
    private readonly durable: DurableDrafts | null = null,
  ) {}

  read(userId: string, sessionId: string): Draft | null {
    try {
      const raw = this.storage?.getItem(draftKey(userId, sessionId));
      return raw ? asDraft(JSON.parse(raw)) : null;
    } catch {
      return null;
    }
  }

  write(userId: string, sessionId: string, draft: Draft): void {
    this.writeSession(userId, sessionId, draft);
    this.durable?.put(userId, sessionId, draft);
  }

  remove(userId: string, sessionId: string): void {
    try {
      this.storage?.removeItem(draftKey(userId, sessionId));
    } catch {
      // nothing to do
    }
    this.durable?.remove(userId, sessionId);
  }

  /** Forgets every draft except those of `userId` (all of them when null). */
  clearExcept(userId: string | null): void {
    this.durable?.clearExcept(userId);
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

  /**
   * A user's drafts kept on this device, oldest first: those of the durable store, taken into this
   * tab's storage where it has none as new (so an editor opening restores them); without a durable
   * store, this tab's own.
   */
  async load(userId: string): Promise<{ sessionId: string; draft: Draft }[]> {
    const bySession = new Map<string, Draft>();
    if (this.durable) {
      // the durable store is shared by the tabs: a draft only this tab still has was saved by another
      // (an editor opening here still restores it, and the server tells if it is older)
      for (const { sessionId, draft } of await this.durable.all(userId).catch(() => [])) {
        const here = this.read(userId, sessionId);
        if (here && here.at >= draft.at) bySession.set(sessionId, here);
        else {
          this.writeSession(userId, sessionId, draft);
          bySession.set(sessionId, draft);
        }
      }
    } else
      for (const sessionId of this.sessionIds(userId)) {
        const here = this.read(userId, sessionId);
        if (here) bySession.set(sessionId, here);
      }
    return [...bySession]
      .map(([sessionId, draft]) => ({ sessionId, draft }))
      .sort((a, b) => a.draft.at - b.draft.at);
  }

  private writeSession(userId: string, sessionId: string, draft: Draft): void {
    try {
      this.storage?.setItem(draftKey(userId, sessionId), JSON.stringify(draft));
    } catch {
      // full or switched off: the text is still in the box and in the save queue
    }
  }

  private sessionIds(userId: string): string[] {
    const storage = this.storage;
    if (!storage) return [];
    try {
      const prefix = userPrefix(userId);
      const ids: string[] = [];
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        if (key?.startsWith(prefix)) ids.push(decodeURIComponent(key.slice(prefix.length)));
      }
      return ids;
    } catch {
      return [];
    }
  }
}

/** The server refused a change made to a version of the note it no longer has. */
export interface Conflict {
  /** The note as the server now has it (null: deleted there). */
  theirs: ServerNote | null;
}

/** A save refused with CONFLICT, as the save function reports it (see notes-store.ts). */
export class NoteConflictError extends Error {
  constructor(readonly theirs: ServerNote | null) {
    super('This note was changed on another device');
    this.name = 'NoteConflictError';
  }
}

/** What the notes editor says about its text: how saving goes, or that the user must choose a version. */
export type NoteState = SaveState | ({ kind: 'conflict' } & Conflict);

/** How sending what this device kept went (for the outbox). */
export type SendOutcome = 'saved' | 'unsent' | 'conflict';

/** Whether a failed save may have reached the server (its answer did not come back). */
export type IsUnsure = (error: unknown) => boolean;

export interface NoteSyncOptions {
  userId: string;
  sessionId: string;
  /**
   * Stores the body (an empty one deletes the note) if the server still has the version `base` (its
   * `updatedAt`, or null for no note); resolves to the stored note's `updatedAt`, or null when deleted;
   * rejects with NoteConflictError when the server has another version.
   */
  save: (body: string, base: string | null) => Promise<string | null>;
  drafts: Drafts;
  /** The signed-in user's id as last known: null when no one is, undefined when not known yet. */
  signedInAs: () => string | null | undefined;
  delayMs: number;
  /** This device's clock, ms. */
  now?: () => number;
  /** Default: every failure but a NoteConflictError and a WrongUserError. */
  isUnsure?: IsUnsure;
}

const time = (iso: string): number => Date.parse(iso);
/** Sent texts remembered as perhaps stored. */
const MAX_UNSURE = 3;

/**
 * One user's note on one session in this tab: the save queue and what is known of the server's copy.
 * It outlives the editor, so an editor opened again shows the text still being saved (or saved since
 * the page's data was fetched) rather than an older copy; and text the server has not confirmed is
 * kept as a draft on this device until it does. Every save names the version it was typed over, so
 * text written offline never silently replaces what another device saved meanwhile: the server refuses
 * it, and the user chooses (resolve()). It never saves for a user other than the one signed in.
 */
export class NoteSync {
  private readonly queue: SaveQueue<string>;
  /** The server's `updatedAt` of the newest version of the note this tab knows of (null: none known). */
  private known: string | null;
  /** The version the text here was typed over (`updatedAt`, null for no note): what saves name. */
  private base: string | null;
  /** Texts sent whose answer never came. */
  private unsure: string[] = [];
  private conflictWith: Conflict | null = null;
  /** The text being saved came from this device's storage, not from typing in this page. */
  private restored = false;
  private listener: ((state: NoteState) => void) | null = null;
  private textListener: ((text: string) => void) | null = null;
  private last: SaveState = { kind: 'idle' };
  private stoppedBy: WrongUserError | null = null;
  private waiters: ((outcome: SendOutcome) => void)[] = [];

  /** With `storedUnknown`, the page's copy is not known (a draft sent from storage, see restore()). */
  constructor(
    note: ServerNote | null,
    private readonly options: NoteSyncOptions,
    { storedUnknown = false }: { storedUnknown?: boolean } = {},
  ) {
    this.known = note?.updatedAt ?? null;
    this.base = this.known;
    const now = options.now;
    this.queue = new SaveQueue(
      note?.body ?? '',
      {
        save: (body) => this.store(body),
        delayMs: options.delayMs,
        onState: (state) => this.report(state),
        now: now ? () => new Date(now()) : undefined,
      },
      { storedKnown: !storedUnknown },
    );
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

  /** The other version, while the user has to choose. */
  get conflict(): Conflict | null {
    return this.conflictWith;
  }

  /** What an editor opening now should say. */
  get state(): NoteState {
    if (this.stoppedBy) return { kind: 'failed', error: this.stoppedBy };
    if (this.conflictWith) return { kind: 'conflict', ...this.conflictWith };
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
    if (this.conflictWith) return { text: this.queue.value, restored: false };
    // a save under way, or waiting for its pause: it carries on
    if (this.queue.pending) return { text: this.queue.value, restored: this.restored };
    // unsaved text from an earlier visit whose save failed: try again
    if (this.queue.dirty) {
      this.change(this.queue.value);
      this.restored = true;
      return { text: this.queue.value, restored: true };
    }
    const { userId, sessionId, drafts } = this.options;
    const draft = drafts.read(userId, sessionId);
    if (!draft) return { text: this.queue.value, restored: false };
    return this.restore(draft) ? { text: draft.body, restored: true } : keep;
  }

  /**
   * Takes up a draft kept on this device, unless this tab has text of its own: true when it is to be
   * saved (queued; flush() to send it at once). It keeps the version it was typed over, so if the note
   * changed elsewhere since, the server refuses it and the user chooses, whatever the clocks say.
   */
  restore(draft: Draft): boolean {
    if (this.stoppedBy || this.conflictWith || this.queue.pending || this.queue.dirty) return false;
    const { userId, sessionId, drafts } = this.options;
    if (draft.body === this.queue.savedValue) {
      drafts.remove(userId, sessionId);
      return false;
    }
    this.base = draft.base;
    this.unsure = draft.unsure ?? [];
    this.restored = true;
    this.change(draft.body);
    // an editor already open (the draft was read from storage after it opened) shows it
    this.textListener?.(draft.body);
    return true;
  }

  /**
   * The page fetched the note again: the text to show when it is newer than anything known here and
   * there are no changes of our own; else null (keep what is shown).
   */
  serverNote(note: ServerNote | null): string | null {
    return this.takeNewer(note);
  }

  /** The text changed in the editor (while the user chooses a version, it is kept, not sent). */
  change(value: string): void {
    if (this.stoppedBy) return;
    this.queue.change(value);
    this.keepDraft();
  }

  /** Save now (blur, leaving the page). */
  flush(): void {
    if (!this.stoppedBy) this.queue.flush();
  }

  /**
   * Sends what is left to save now, and tells how it went once the server has answered: 'unsent'
   * when it could not be sent (offline, or stopped), 'conflict' when the user must choose first.
   */
  send(): Promise<SendOutcome> {
    if (this.stoppedBy) return Promise.resolve('unsent');
    if (this.conflictWith) return Promise.resolve('conflict');
    if (!this.queue.dirty) return Promise.resolve('saved');
    const outcome = new Promise<SendOutcome>((resolve) => this.waiters.push(resolve));
    this.queue.flush();
    return outcome;
  }

  /**
   * The user chose between this device's text and the other version: 'mine' saves this device's text
   * over the other, 'theirs' takes the other (nothing is sent), 'both' saves the two one after the
   * other. Answers the text the editor now shows.
   */
  resolve(choice: 'mine' | 'theirs' | 'both'): string {
    const conflict = this.conflictWith;
    if (!conflict || this.stoppedBy) return this.queue.value;
    const { theirs } = conflict;
    this.conflictWith = null;
    this.base = theirs?.updatedAt ?? null;
    if (theirs && (this.known === null || time(theirs.updatedAt) > time(this.known)))
      this.known = theirs.updatedAt;
    this.unsure = [];
    const mine = this.queue.value;
    // what the server now has is the other version: what differs from it is to be saved
    this.queue.replace(theirs?.body ?? '');
    if (choice === 'theirs') {
      this.restored = false;
      this.options.drafts.remove(this.userId, this.sessionId);
      this.queue.resume();
      this.report({ kind: 'idle' });
      return this.queue.value;
    }
    const both = mine.trim() ? `${mine.trimEnd()}\n\n${theirs?.body ?? ''}` : (theirs?.body ?? '');
    this.queue.change(choice === 'both' && theirs?.body.trim() ? both : mine);
    this.keepDraft();
    this.queue.resume();
    if (!this.queue.dirty) this.report({ kind: 'idle' });
    return this.queue.value;
  }

  /**
   * The editor showing this note hears how saving goes (and of text put in from elsewhere, a draft
   * read from storage); returns the way to stop hearing.
   */
  attach(listener: (state: NoteState) => void, onText?: (text: string) => void): () => void {
    this.listener = listener;
    this.textListener = onText ?? null;
    return () => {
      if (this.listener !== listener) return;
      this.listener = null;
      this.textListener = null;
    };
  }

  /** Someone else (or no one) is signed in: no more saves, ever; the editor says so. */
  stop(signedIn: string | null | undefined = this.options.signedInAs()): void {
    if (this.stoppedBy) return;
    this.stoppedBy = new WrongUserError(signedIn);
    this.queue.cancel();
    this.listener?.(this.state);
    this.settle('unsent');
  }

  private takeNewer(note: ServerNote | null): string | null {
    // a missing note may only be an answer from before our first save: never taken over text
    if (this.stoppedBy || !note) return null;
    // not newer than what we know the server has: an answer from before our last save
    if (this.known !== null && !(time(note.updatedAt) > time(this.known))) return null;
    // changes of our own win: their save names the version they were typed over
    if (this.conflictWith || this.queue.pending || this.queue.dirty || !this.queue.reset(note.body))
      return null;
    this.known = note.updatedAt;
    this.base = note.updatedAt;
    return note.body;
  }

  /** Keeps the text on this device until the server has it (or forgets it when there is none). */
  private keepDraft(): void {
    const { userId, sessionId, drafts } = this.options;
    if (this.queue.dirty) {
      const unsure = this.unsure.length ? { unsure: this.unsure } : {};
      drafts.write(userId, sessionId, { body: this.queue.value, at: this.now(), base: this.base, ...unsure });
    } else drafts.remove(userId, sessionId);
  }

  private async store(body: string, retried = false): Promise<void> {
    const signedIn = this.options.signedInAs();
    if (signedIn !== undefined && signedIn !== this.options.userId) this.stop(signedIn);
    if (this.stoppedBy) throw this.stoppedBy;
    const { userId, sessionId, drafts } = this.options;
    let updatedAt: string | null;
    try {
      updatedAt = await this.options.save(body, this.base);
    } catch (e) {
      if (e instanceof NoteConflictError) {
        // the server has a text this device sent before, whose answer was lost: ours, not a conflict
        if (!retried && e.theirs && this.unsure.includes(e.theirs.body)) {
          this.base = e.theirs.updatedAt;
          this.unsure = [];
          return this.store(body, true);
        }
        this.conflictWith = { theirs: e.theirs };
        this.queue.pause();
      } else if (this.isUnsure(e) && !this.unsure.includes(body)) {
        this.unsure = [...this.unsure, body].slice(-MAX_UNSURE);
        if (drafts.read(userId, sessionId)) this.keepDraft();
      }
      throw e;
    }
    if (updatedAt !== null && (this.known === null || time(updatedAt) >= time(this.known)))
      this.known = updatedAt;
    this.base = updatedAt;
    this.unsure = [];
    if (!this.queue.dirty || this.queue.value === body) this.restored = false;
    // confirmed: the draft goes, unless newer text has been typed meanwhile (it is now over this version)
    const draft = drafts.read(userId, sessionId);
    if (draft?.body === body) drafts.remove(userId, sessionId);
    else if (draft) drafts.write(userId, sessionId, { ...draft, base: this.base, unsure: undefined });
  }

  private isUnsure(e: unknown): boolean {
    if (this.options.isUnsure) return this.options.isUnsure(e);
    return !(e instanceof WrongUserError);
  }

  private report(state: SaveState): void {
    this.last = state;
    if (this.stoppedBy) return;
    if (this.conflictWith) {
      this.listener?.(this.state);
      this.settle('conflict');
      return;
    }
    this.listener?.(state);
    if (state.kind === 'saved' || state.kind === 'idle') this.settle('saved');
    else if (state.kind === 'failed') this.settle('unsent');
  }

  private settle(outcome: SendOutcome): void {
    const waiters = this.waiters;
    this.waiters = [];
    waiters.forEach((w) => w(outcome));
  }

  private now(): number {
    return this.options.now ? this.options.now() : Date.now();
  }
}

export interface NoteSyncsOptions {
  /** Stores a user's note on a session (see NoteSyncOptions.save). */
  save: (sessionId: string, body: string, base: string | null) => Promise<string | null>;
  drafts: Drafts;
  signedInAs: () => string | null | undefined;
  delayMs: number;
  now?: () => number;
  isUnsure?: IsUnsure;
}

/** The NoteSync of each note opened in this tab, kept after its editor is gone. */
export class NoteSyncs {
  private readonly syncs = new Map<string, NoteSync>();

  constructor(private readonly options: NoteSyncsOptions) {}

  /** The one NoteSync of this user's note on this session; made with `note` the first time. */
  get(userId: string, sessionId: string, note: ServerNote | null): NoteSync {
    return this.find(userId, sessionId) ?? this.make(userId, sessionId, note, false);
  }

  /**
   * Sends the drafts this device keeps for a user, oldest first, one after the other (each through
   * the note's NoteSync, so nothing is sent twice): resolves to how each went.
   */
  async sendDrafts(userId: string): Promise<{ sessionId: string; outcome: SendOutcome }[]> {
    const results: { sessionId: string; outcome: SendOutcome }[] = [];
    for (const { sessionId, draft } of await this.options.drafts.load(userId)) {
      const current = this.options.signedInAs();
      if (current !== undefined && current !== userId) break;
      const sync = this.find(userId, sessionId) ?? this.make(userId, sessionId, null, true);
      sync.restore(draft);
      results.push({ sessionId, outcome: await sync.send() });
    }
    return results;
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

  private find(userId: string, sessionId: string): NoteSync | undefined {
    return this.syncs.get(JSON.stringify([userId, sessionId]));
  }

  private make(userId: string, sessionId: string, note: ServerNote | null, storedUnknown: boolean): NoteSync {
    const { save, drafts, signedInAs, delayMs, now, isUnsure } = this.options;
    const sync = new NoteSync(
      note,
      {
        userId,
        sessionId,
        save: (body, base) => save(sessionId, body, base),
        drafts,
        signedInAs,
        delayMs,
        now,
        isUnsure,
      },
      { storedUnknown },
    );
    const current = signedInAs();
    // opened for someone no longer signed in (a page not yet fetched again): read-only, not kept
    if (current !== undefined && current !== userId) sync.stop(current);
    else this.syncs.set(JSON.stringify([userId, sessionId]), sync);
    return sync;
  }
}
