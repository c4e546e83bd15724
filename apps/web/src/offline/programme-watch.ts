/** What a page is about, as far as the programme goes: a conference, or a session of one. */
export type WatchTarget = { slug: string } | { sessionId: string };

/** The programme version of each conference this device has shown the reader. */
export interface SeenVersions {
  get(slug: string): number | undefined;
  set(slug: string, version: number): void;
}

export interface ProgrammeWatchOptions {
  /** The conference of a target and its latest published version (null: none such); rejects offline. */
  latest: (target: WatchTarget) => Promise<{ slug: string; version: number } | null>;
  seen: SeenVersions;
  /** The page's conference and its latest version, after every check; `updated`: newly noticed. */
  onConference?: (slug: string, version: number, updated: boolean) => void;
}

/**
 * Notices a newly published version of the programme a page shows: the page asks (check()) when it
 * opens, on focus and now and then; when the latest version is newer than the one this device last
 * showed, `notice` says so until the reader has looked (acknowledge()). The first time a conference is
 * seen, its latest version is simply taken as seen.
 */
export class ProgrammeWatch {
  private target: WatchTarget | null = null;
  /** The conference of the page watched, once known. */
  private slug: string | null = null;
  /** Newer versions noticed and not looked at yet, by conference. */
  private readonly updated = new Map<string, number>();
  /** Versions published from this tab: not news to the one who published them. */
  private readonly ownPublish = new Set<string>();
  private readonly listeners = new Set<() => void>();
  private checking: { target: WatchTarget; done: Promise<void> } | null = null;

  constructor(private readonly options: ProgrammeWatchOptions) {}

  /** The page shown now (null: not a programme page); asks at once when it changed. */
  watch(target: WatchTarget | null): void {
    if (JSON.stringify(target) === JSON.stringify(this.target)) return;
    this.target = target;
    this.slug = target && 'slug' in target ? target.slug : null;
    this.changed();
    void this.check();
  }

  /**
   * Asks for the latest version of the watched page's conference (nothing happens offline); asked
   * again while the question is on its way (focus and "shown again" come together), the same one.
   */
  check(): Promise<void> {
    const target = this.target;
    if (!target) return Promise.resolve();
    if (this.checking?.target === target) return this.checking.done;
    const done = this.ask(target).finally(() => {
      if (this.checking?.done === done) this.checking = null;
    });
    this.checking = { target, done };
    return done;
  }

  private async ask(target: WatchTarget): Promise<void> {
    let latest: { slug: string; version: number } | null;
    try {
      latest = await this.options.latest(target);
    } catch {
      return; // offline: ask again later
    }
    if (!latest || target !== this.target) return;
    const { slug, version } = latest;
    const before = this.slug;
    this.slug = slug;
    const seen = this.options.seen.get(slug);
    let updated = false;
    if (seen === undefined || version < seen || this.ownPublish.delete(slug)) {
      this.options.seen.set(slug, version);
      this.updated.delete(slug);
    } else if (version > seen && this.updated.get(slug) !== version) {
      this.updated.set(slug, version);
      updated = true;
    }
    this.options.onConference?.(slug, version, updated);
    if (updated || before !== slug) this.changed();
  }

  /** A newer version of the page's conference, not looked at yet. */
  get notice(): { slug: string; version: number } | null {
    const version = this.slug === null ? undefined : this.updated.get(this.slug);
    return version === undefined ? null : { slug: this.slug!, version };
  }

  /** The conference of the page watched, once known. */
  get conference(): string | null {
    return this.slug;
  }

  /** The reader went to see what changed (or dismissed the notice). */
  acknowledge(slug: string): void {
    const version = this.updated.get(slug);
    if (version === undefined) return;
    this.options.seen.set(slug, version);
    this.updated.delete(slug);
    this.changed();
  }

  /** This tab published a version of that programme: the next one found is not news. */
  publishedHere(slug: string): void {
    this.ownPublish.add(slug);
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  private changed(): void {
    this.listeners.forEach((l) => l());
  }
}

/** Seen versions in localStorage (shared by the tabs; nothing private in it). */
export function localSeenVersions(storage: Storage | null, key = 'ncasc.programme-seen'): SeenVersions {
  const read = (): Record<string, number> => {
    try {
      const v = JSON.parse(storage?.getItem(key) ?? '{}') as unknown;
      return v && typeof v === 'object' ? (v as Record<string, number>) : {};
    } catch {
      return {};
    }
  };
  return {
    get: (slug) => {
      const v = read()[slug];
      return typeof v === 'number' ? v : undefined;
    },
    set: (slug, version) => {
      try {
        storage?.setItem(key, JSON.stringify({ ...read(), [slug]: version }));
      } catch {
        // full or refused: the notice may come again
      }
    },
  };
}
