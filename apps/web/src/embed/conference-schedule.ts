// <conference-schedule>: the programme on another site's page, built on its own (vite.embed.config.mts)
// into dist/embed/schedule.js and served as /embed/v1/schedule.js. No framework: plain DOM in a Shadow
// root, styled through CSS custom properties the host page may set.
import type { EmbedProgramme, EmbedSession } from '@ncasc/shared';

/** Where the script came from: its data and session pages are there. */
const ORIGIN = new URL((document.currentScript as HTMLScriptElement | null)?.src ?? location.href).origin;

const CSS = `
:host { display: block; font-family: var(--cs-font-family, system-ui, sans-serif); color: var(--cs-color, #1a1a1a);
  background: var(--cs-background, #fff); line-height: 1.4; }
a { color: var(--cs-link-color, #0b4f8a); }
a:focus-visible { outline: 3px solid var(--cs-focus-color, #c35a00); outline-offset: 2px; }
.head { margin: 0 0 .5em; }
.muted { color: var(--cs-muted-color, #4a4a4a); }
h2 { font-size: 1.25em; margin: 1em 0 .25em; }
h3 { font-size: 1.05em; margin: .75em 0 .25em; }
ul { list-style: none; margin: 0; padding: 0; }
li { padding: .4em 0; border-top: 1px solid var(--cs-border-color, #ccc); }
.title { font-weight: 600; }
.cancelled .title { text-decoration: line-through; }
.facts, .who { display: block; font-size: .9em; }
table { border-collapse: collapse; width: 100%; }
caption { text-align: left; font-weight: 600; font-size: 1.1em; margin: 1em 0 .25em; }
th, td { border: 1px solid var(--cs-border-color, #ccc); padding: .3em; vertical-align: top; text-align: left; }
td li { border: 0; padding: 0 0 .3em; }
.status:empty { display: none; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string | null)[]
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  for (const c of children) if (c !== null) e.append(c);
  return e;
}

export class ConferenceSchedule extends HTMLElement {
  static observedAttributes = ['conference', 'view', 'day', 'theme', 'refresh', 'link-target'];

  private readonly root: ShadowRoot;
  private data: EmbedProgramme | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private loadedSlug: string | null = null;

  constructor() {
    super();
    this.root = this.attachShadow({ mode: 'open' });
    // a constructed sheet, so a host page's Content-Security-Policy on inline styles does not apply
    if ('adoptedStyleSheets' in this.root && typeof CSSStyleSheet.prototype.replaceSync === 'function') {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS);
      this.root.adoptedStyleSheets = [sheet];
    } else this.root.append(el('style', {}, CSS));
  }

  connectedCallback(): void {
    void this.load();
  }

  disconnectedCallback(): void {
    clearTimeout(this.timer);
  }

  attributeChangedCallback(name: string): void {
    if (!this.isConnected) return;
    if (name === 'conference' && this.getAttribute('conference') !== this.loadedSlug) void this.load();
    else if (this.data) this.render(this.data);
  }

  /** Seconds between checks for a newly published programme (refresh="…", default 60, at least 1). */
  private refreshSeconds(): number {
    const n = Number(this.getAttribute('refresh') ?? 60);
    return Number.isFinite(n) && n >= 1 ? n : 60;
  }

  private async load(): Promise<void> {
    clearTimeout(this.timer);
    const slug = this.getAttribute('conference') ?? '';
    if (slug !== this.loadedSlug) this.data = null;
    try {
      // revalidated every time: the server answers 304 (the browser's copy) until a new version is published
      const res = await fetch(`${ORIGIN}/embed/v1/conferences/${encodeURIComponent(slug)}.json`, {
        cache: 'no-cache',
        credentials: 'omit',
      });
      if (res.status === 404) {
        this.message(`No published programme is called “${slug}”.`);
        return;
      }
      if (!res.ok) throw new Error(String(res.status));
      const data = (await res.json()) as EmbedProgramme;
      const updated = this.data !== null && data.version !== this.data.version;
      if (!this.data || updated) {
        this.data = data;
        this.loadedSlug = slug;
        this.render(data);
        if (updated) this.status('The programme has been updated.');
        this.dispatchEvent(new CustomEvent('programme-change', { detail: { version: data.version } }));
      }
    } catch {
      if (!this.data) this.message('The programme could not be loaded. It will be tried again.');
    } finally {
      if (this.isConnected) this.timer = setTimeout(() => void this.load(), this.refreshSeconds() * 1000);
    }
  }

  private message(text: string): void {
    this.root.replaceChildren(el('p', { class: 'status', role: 'status' }, text));
  }

  private status(text: string): void {
    const s = this.root.querySelector('.status');
    if (s) s.textContent = text;
  }

  private link(s: EmbedSession): HTMLAnchorElement {
    const target = this.getAttribute('link-target');
    return el('a', { href: s.url, class: 'title', ...(target ? { target } : {}) }, s.title);
  }

  private item(s: EmbedSession, withRoom: boolean): HTMLLIElement {
    const facts = [s.time, withRoom ? s.room : null, s.type, s.cancelled ? 'Cancelled' : null].filter(
      Boolean,
    );
    return el(
      'li',
      s.cancelled ? { class: 'cancelled' } : {},
      this.link(s),
      facts.length ? el('span', { class: 'facts muted' }, facts.join(' · ')) : null,
      s.speakers.length ? el('span', { class: 'who' }, s.speakers.join('; ')) : null,
    );
  }

  private render(data: EmbedProgramme): void {
    const dayAsked = this.getAttribute('day');
    const theme = this.getAttribute('theme');
    const grid = this.getAttribute('view') === 'grid';
    const keep = (s: EmbedSession) => !theme || s.themes.some((t) => t.slug === theme);
    const c = data.conference;
    const days = data.days
      .filter((d) => !dayAsked || d.day === dayAsked)
      .map((d) => ({
        ...d,
        groups: d.groups
          .map((g) => ({ ...g, sessions: g.sessions.filter(keep) }))
          .filter((g) => g.sessions.length),
      }));
    const themeName = theme
      ? (data.days
          .flatMap((d) => d.groups.flatMap((g) => g.sessions.flatMap((s) => s.themes)))
          .find((t) => t.slug === theme)?.name ?? theme)
      : null;
    const body: Node[] = [
      el(
        'p',
        { class: 'head' },
        el(
          'a',
          {
            href: c.url,
            ...(this.getAttribute('link-target') ? { target: this.getAttribute('link-target')! } : {}),
          },
          c.name,
        ),
        ` · ${c.dates}${c.place ? ` · ${c.place}` : ''}${themeName ? ` · theme: ${themeName}` : ''}`,
      ),
      el('p', { class: 'status', role: 'status' }),
    ];
    if (!days.length)
      body.push(
        el(
          'p',
          {},
          dayAsked ? 'No sessions are listed for this day.' : 'No sessions have been published yet.',
        ),
      );
    days.forEach((d, i) => {
      const id = `day-${i}`;
      const section = el('section', { 'aria-labelledby': id }, el('h2', { id }, d.label));
      if (!d.groups.length) section.append(el('p', { class: 'muted' }, 'No sessions.'));
      else if (grid) section.append(this.grid(d.label, d.groups));
      else
        for (const g of d.groups)
          section.append(el('h3', {}, g.label), el('ul', {}, ...g.sessions.map((s) => this.item(s, true))));
      body.push(section);
    });
    body.push(
      el(
        'p',
        { class: 'muted' },
        `Times are local to the conference (${c.timeZone}); where the programme gives only a day or part of a day, that is all that is shown.`,
      ),
    );
    this.root.replaceChildren(
      el('section', { class: 'schedule', 'aria-label': `Programme: ${c.name}` }, ...body),
    );
  }

  /** One day as a table: a row per part of the day, a column per room. */
  private grid(label: string, groups: EmbedProgramme['days'][number]['groups']): HTMLTableElement {
    const rooms = [
      ...new Set(groups.flatMap((g) => g.sessions.map((s) => s.room ?? 'Room not given'))),
    ].sort();
    return el(
      'table',
      {},
      el('caption', { class: 'visually-hidden' }, `${label}, by room`),
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          el('th', { scope: 'col' }, 'Part of the day'),
          ...rooms.map((r) => el('th', { scope: 'col' }, r)),
        ),
      ),
      el(
        'tbody',
        {},
        ...groups.map((g) =>
          el(
            'tr',
            {},
            el('th', { scope: 'row' }, g.label),
            ...rooms.map((r) => {
              const here = g.sessions.filter((s) => (s.room ?? 'Room not given') === r);
              return el('td', {}, here.length ? el('ul', {}, ...here.map((s) => this.item(s, false))) : '');
            }),
          ),
        ),
      ),
    );
  }
}

if (!customElements.get('conference-schedule'))
  customElements.define('conference-schedule', ConferenceSchedule);
