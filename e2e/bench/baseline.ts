import { describeTiming, type SessionTiming } from '@ncasc/shared';
import Database from 'better-sqlite3';
import { createHash, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { WEB } from './queries';

/**
 * The yardstick: a plain node:http server answering the benchmark's requests with the same data,
 * straight from the same database file, with hand-written SQL and JSON.stringify (calendars by string
 * concatenation). No framework, no GraphQL, no validation: what the hardware gives. A GraphQL request
 * that accepts br or gzip (a browser's) is compressed per request, as the compression() middleware
 * does (br at its quality 4, else gzip at level 6): the yardstick of the browser-encoding scenarios.
 * The web client's own operations (queries.ts, WEB) are recognised by their text and answered with
 * every field they select; the session's "when" in words comes from the same @ncasc/shared function the
 * API uses.
 *
 * Writes (saveNote, starSession, unstarSession) go through a second, writable connection opened as the
 * app opens its own (prisma-free-config/src/data-source-options.ts): WAL, synchronous = FULL (every
 * commit fsynced), a 5 s busy timeout, foreign keys on; the same rows, constraints and search triggers.
 *
 * Usage: node baseline.js <database file> <port>
 */
const [file, port] = process.argv.slice(2);
const db = new Database(file, { readonly: true });
db.pragma('busy_timeout = 5000');
const wdb = new Database(file, { timeout: 5000 });
wdb.pragma('journal_mode = WAL');
wdb.pragma('synchronous = FULL');
wdb.pragma('foreign_keys = ON');

const iso = (v: string | null) => (v ? `${v.replace(' ', 'T')}${v.length === 19 ? '.000' : ''}Z` : null);
const sha256 = (v: string) => createHash('sha256').update(v).digest('hex');

interface SessionRow {
  id: string;
  title: string;
  type: string;
  status: string;
  day: string | null;
  starts_at: string | null;
  ends_at: string | null;
  revision: number;
  room: string | null;
  time_precision: string;
  day_part: string | null;
}

const SESSION_COLUMNS = `s.id, s.title, s.type, s.status, s.day, s.starts_at, s.ends_at, s.revision, r.name AS room,
  s.time_precision, s.day_part`;
const sessionsOfConference = db.prepare(
  `SELECT ${SESSION_COLUMNS} FROM sessions s JOIN conferences c ON c.id = s.conference_id
   LEFT JOIN rooms r ON r.id = s.room_id
   WHERE c.slug = ? AND s.removed_at IS NULL AND (? IS NULL OR s.day = ?)
   ORDER BY s.day, s.starts_at, s.sequence`,
);
const sessionsOfUser = db.prepare(
  `SELECT ${SESSION_COLUMNS} FROM stars st JOIN sessions s ON s.id = st.session_id
   JOIN conferences c ON c.id = s.conference_id LEFT JOIN rooms r ON r.id = s.room_id
   WHERE st.user_id = ? AND (? IS NULL OR c.slug = ?) ORDER BY s.day, s.starts_at, s.sequence`,
);
const conference = db.prepare('SELECT slug, name FROM conferences WHERE slug = ?');
const conferenceInFull = db.prepare(
  `SELECT id, slug, name, series, year, city, venue, starts_on, ends_on, timezone, hashtag, left_empty
   FROM conferences WHERE slug = ?`,
);
const organisersOf = db.prepare(
  `SELECT o.name FROM conference_organisers co JOIN organisations o ON o.id = co.organisation_id
   WHERE co.conference_id = ? ORDER BY o.name`,
);
const roundupsOf = db.prepare(
  `SELECT id, title, author, publication, published_on AS publishedOn FROM roundups
   WHERE conference_id = ? AND status = 'PUBLISHED' ORDER BY published_on, title`,
);
const userOfToken = db.prepare(
  `SELECT user_id FROM auth_tokens WHERE token_hash = ? AND revoked_at IS NULL AND expires_at > ?`,
);
const notesOfUser = db.prepare(
  `SELECT n.id, n.body, n.updated_at, s.id AS session_id, s.title, s.status, s.time_precision, s.day,
     s.day_part, s.starts_at, s.ends_at, c.slug, c.name, c.year
   FROM notes n JOIN sessions s ON s.id = n.session_id JOIN conferences c ON c.id = s.conference_id
   WHERE n.user_id = ? AND (? IS NULL OR c.slug = ?) AND s.removed_at IS NULL
   ORDER BY c.year DESC, c.slug, s.day, s.starts_at, s.sequence`,
);
const userOfFeed = db.prepare('SELECT id FROM users WHERE feed_token_hash = ?');

/** Tracks and speakers of the given sessions, two statements whatever their number. */
function details(ids: string[]) {
  const list = JSON.stringify(ids);
  const tracks = db
    .prepare(
      `SELECT st.session_id, t.slug, t.name FROM session_tracks st JOIN tracks t ON t.id = st.track_id
       WHERE st.session_id IN (SELECT value FROM json_each(?))`,
    )
    .all(list) as { session_id: string; slug: string; name: string }[];
  const people = db
    .prepare(
      `SELECT ss.session_id, ss.role, sp.id, sp.name FROM session_speakers ss JOIN speakers sp ON sp.id = ss.speaker_id
       WHERE ss.session_id IN (SELECT value FROM json_each(?)) ORDER BY ss.position`,
    )
    .all(list) as { session_id: string; role: string; id: string; name: string }[];
  const byId = <T extends { session_id: string }>(rows: T[]) => {
    const map = new Map<string, T[]>();
    for (const r of rows) (map.get(r.session_id) ?? map.set(r.session_id, []).get(r.session_id)!).push(r);
    return map;
  };
  return { tracks: byId(tracks), people: byId(people) };
}

const timing = (r: {
  time_precision: string;
  day: string | null;
  day_part: string | null;
  starts_at: string | null;
  ends_at: string | null;
}) =>
  ({
    timePrecision: r.time_precision,
    day: r.day,
    dayPart: r.day_part,
    startsAt: iso(r.starts_at),
    endsAt: iso(r.ends_at),
  }) as SessionTiming;

/** A session as the API client's queries ask for it or, `web`, with what the web client's SessionRow adds. */
function sessionsJson(rows: SessionRow[], web?: { starred: boolean }) {
  const { tracks, people } = details(rows.map((r) => r.id));
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    type: r.type,
    status: r.status,
    ...(web ? { timePrecision: r.time_precision } : {}),
    day: r.day,
    ...(web ? { dayPart: r.day_part } : {}),
    startsAt: iso(r.starts_at),
    endsAt: iso(r.ends_at),
    ...(web ? { when: describeTiming(timing(r)), starred: web.starred } : {}),
    room: r.room === null ? null : { name: r.room },
    tracks: (tracks.get(r.id) ?? []).map((t) => ({ slug: t.slug, name: t.name })),
    participants: (people.get(r.id) ?? []).map((p) => ({
      role: p.role,
      speaker: { id: p.id, name: p.name },
    })),
  }));
}

const search = db.prepare(
  `SELECT e.kind, e.ref_id AS id, coalesce(s.title, sp.name, r.title) AS title,
     snippet(search_fts, -1, '<mark>', '</mark>', '…', 24) AS snippet, c.slug, c.name, c.year
   FROM search_fts JOIN search_entries e ON e.id = search_fts.rowid
   LEFT JOIN sessions s ON e.kind = 'SESSION' AND s.id = e.ref_id AND s.removed_at IS NULL
   LEFT JOIN speakers sp ON e.kind = 'SPEAKER' AND sp.id = e.ref_id
   LEFT JOIN roundups r ON e.kind = 'ROUNDUP' AND r.id = e.ref_id AND r.status = 'PUBLISHED'
   LEFT JOIN conferences c ON c.id = coalesce(s.conference_id, r.conference_id)
   WHERE search_fts MATCH ? AND (s.id IS NOT NULL OR sp.id IS NOT NULL OR r.id IS NOT NULL)
   ORDER BY bm25(search_fts, 8.0, 1.0) LIMIT ?`,
);
const searchInConference = db.prepare(
  `SELECT 'SESSION' AS kind, s.id, s.title, snippet(search_fts, -1, '<mark>', '</mark>', '…', 24) AS snippet,
     c.slug, c.name, c.year
   FROM search_fts JOIN search_entries e ON e.id = search_fts.rowid
   JOIN sessions s ON e.kind = 'SESSION' AND s.id = e.ref_id AND s.removed_at IS NULL
   JOIN conferences c ON c.id = s.conference_id AND c.slug = ?
   WHERE search_fts MATCH ? ORDER BY bm25(search_fts, 8.0, 1.0) LIMIT ?`,
);
const PATHS: Record<string, string> = { SESSION: 'sessions', SPEAKER: 'speakers', ROUNDUP: 'roundups' };

/** The conference days, first to last (at most 31), as the API's conferenceDays gives them. */
function conferenceDays(startsOn: string | null, endsOn: string | null): string[] {
  if (!startsOn) return [];
  const days: string[] = [];
  for (let d = new Date(`${startsOn}T12:00:00Z`); days.length < 31; d.setUTCDate(d.getUTCDate() + 1)) {
    const day = d.toISOString().slice(0, 10);
    if (day > (endsOn ?? startsOn)) break;
    days.push(day);
  }
  return days;
}

/** Starred sessions of one day that overlap (a chain of overlaps is one clash), cancelled ones left out. */
function clashes(rows: SessionRow[]) {
  const out: { day: string | null; sessions: { id: string; title: string }[] }[] = [];
  const timed = rows
    .filter((r) => r.status !== 'CANCELLED' && r.starts_at && r.ends_at)
    .sort((a, b) => (a.starts_at! < b.starts_at! ? -1 : a.starts_at! > b.starts_at! ? 1 : 0));
  let group: SessionRow[] = [];
  let end = '';
  const close = () => {
    if (group.length > 1)
      out.push({ day: group[0].day, sessions: group.map((r) => ({ id: r.id, title: r.title })) });
  };
  for (const r of timed) {
    if (group.length && r.day === group[0].day && r.starts_at! < end) {
      group.push(r);
      if (r.ends_at! > end) end = r.ends_at!;
    } else {
      close();
      group = [r];
      end = r.ends_at!;
    }
  }
  close();
  return out;
}

const UNAUTHENTICATED = { errors: [{ message: 'Sign in first', extensions: { code: 'UNAUTHENTICATED' } }] };
const nowInstant = () => new Date().toISOString().replace('T', ' ').replace('Z', '');

/** The signed-in user: `Authorization: Bearer …` (API clients) or the web's session cookie. */
function signedIn(req: IncomingMessage): string | null {
  const token =
    /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1] ??
    /(?:^|;\s*)ncasc_session=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];
  if (!token) return null;
  const user = userOfToken.get(sha256(token), nowInstant()) as { user_id: string } | undefined;
  return user?.user_id ?? null;
}

// ---- writes, on the writable connection ------------------------------------------------------------

const sessionStatus = wdb.prepare('SELECT status FROM sessions WHERE id = ? AND removed_at IS NULL');
const noteOf = wdb.prepare('SELECT id, body, updated_at FROM notes WHERE user_id = ? AND session_id = ?');
const updateNote = wdb.prepare('UPDATE notes SET body = ?, updated_at = ? WHERE id = ? AND user_id = ?');
const insertNote = wdb.prepare(
  'INSERT INTO notes (id, user_id, session_id, body, updated_at) VALUES (?, ?, ?, ?, ?)',
);
const insertStar = wdb.prepare('INSERT OR IGNORE INTO stars (user_id, session_id) VALUES (?, ?)');
const deleteStar = wdb.prepare('DELETE FROM stars WHERE user_id = ? AND session_id = ?');

type NoteRow = { id: string; body: string; updated_at: string };
/** One note per (user, session): a second save replaces the body; its time never goes back. */
const saveNote = wdb.transaction((userId: string, sessionId: string, body: string): NoteRow => {
  const current = noteOf.get(userId, sessionId) as NoteRow | undefined;
  if (current && current.body === body) return current;
  const after = current ? new Date(`${current.updated_at.replace(' ', 'T')}Z`).getTime() + 1 : 0;
  const updatedAt = new Date(Math.max(Date.now(), after)).toISOString().replace('T', ' ').replace('Z', '');
  if (current) updateNote.run(body, updatedAt, current.id, userId);
  else insertNote.run(randomUUID(), userId, sessionId, body, updatedAt);
  return noteOf.get(userId, sessionId) as NoteRow;
});

const NOT_FOUND = (what: string) => ({
  errors: [{ message: `No such ${what}`, extensions: { code: 'NOT_FOUND', field: 'sessionId' } }],
});

function graphql(body: { query: string; variables: Record<string, unknown> }, req: IncomingMessage): unknown {
  const name = /^\s*(?:query|mutation)\s+(\w+)/.exec(body.query)?.[1] ?? '';
  const v = (body.variables ?? {}) as Record<string, string | null>;
  switch (name) {
    case 'Agenda':
    case 'Day': {
      if (body.query === WEB.agenda) {
        const c = conferenceInFull.get(v.slug) as Record<string, string | null> | undefined;
        if (!c) return { data: { conference: null } };
        const rows = sessionsOfConference.all(v.slug, null, null) as SessionRow[];
        return {
          data: {
            conference: {
              slug: c.slug,
              name: c.name,
              series: c.series,
              year: c.year,
              city: c.city,
              venue: c.venue,
              startsOn: c.starts_on,
              endsOn: c.ends_on,
              timezone: c.timezone,
              hashtag: c.hashtag,
              days: conferenceDays(c.starts_on, c.ends_on),
              leftEmpty: c.left_empty ? (JSON.parse(c.left_empty) as string[]) : [],
              organisers: organisersOf.all(c.id),
              sessions: sessionsJson(rows, { starred: false }),
              roundups: roundupsOf.all(c.id),
            },
          },
        };
      }
      const c = conference.get(v.slug) as { slug: string; name: string } | undefined;
      if (!c) return { data: { conference: null } };
      const day = v.day ?? null;
      const rows = sessionsOfConference.all(v.slug, day, day) as SessionRow[];
      return { data: { conference: { ...c, sessions: sessionsJson(rows) } } };
    }
    case 'MySchedule': {
      const user = signedIn(req);
      if (!user) return UNAUTHENTICATED;
      if (body.query === WEB.mySchedule) {
        const slug = v.conferenceSlug;
        const c = conferenceInFull.get(slug) as { slug: string; name: string; timezone: string } | undefined;
        if (!c) return { data: { mySchedule: null } };
        const rows = sessionsOfUser.all(user, slug, slug) as SessionRow[];
        const counts = new Map<string | null, number>();
        for (const r of rows) if (r.status !== 'CANCELLED') counts.set(r.day, (counts.get(r.day) ?? 0) + 1);
        return {
          data: {
            mySchedule: {
              conference: { slug: c.slug, name: c.name, timezone: c.timezone },
              sessions: sessionsJson(rows, { starred: true }),
              clashes: clashes(rows),
              days: [...counts].map(([day, count]) => ({ day, count })),
            },
          },
        };
      }
      const rows = sessionsOfUser.all(user, v.slug, v.slug) as SessionRow[];
      return { data: { mySchedule: { sessions: sessionsJson(rows) } } };
    }
    case 'Notes':
    case 'MyNotes': {
      const user = signedIn(req);
      if (!user) return UNAUTHENTICATED;
      const slug = v.conferenceSlug ?? null;
      type Row = NoteRow & SessionRow & { session_id: string; slug: string; name: string; year: number };
      const rows = notesOfUser.all(user, slug, slug) as Row[];
      const web = body.query === WEB.notes;
      return {
        data: {
          myNotes: rows.map((r) => ({
            id: r.id,
            body: r.body,
            updatedAt: iso(r.updated_at),
            session: web
              ? {
                  id: r.session_id,
                  title: r.title,
                  when: describeTiming(timing(r)),
                  status: r.status,
                  conference: { slug: r.slug, name: r.name, year: r.year },
                }
              : { id: r.session_id, title: r.title },
          })),
        },
      };
    }
    case 'Search': {
      const q = v.q ?? v.query ?? '';
      const slug = v.slug ?? v.conferenceSlug ?? null;
      const first = Number(v.first ?? 20);
      const terms = q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
      type Hit = {
        kind: string;
        id: string;
        title: string;
        snippet: string;
        slug: string | null;
        name: string;
        year: number;
      };
      // as the app does: every word, the last also as a prefix; too few hits, then any of the words
      const match = (joiner: string) =>
        terms.map((t, i) => (i === terms.length - 1 && t.length >= 3 ? `"${t}"*` : `"${t}"`)).join(joiner);
      const find = (joiner: string) =>
        (slug
          ? searchInConference.all(slug, match(joiner), first)
          : search.all(match(joiner), first)) as Hit[];
      const rows: Hit[] = terms.length ? find(' ') : [];
      if (rows.length < first && terms.length > 1) {
        const seen = new Set(rows.map((r) => `${r.kind}:${r.id}`));
        for (const r of find(' OR ')) if (rows.length < first && !seen.has(`${r.kind}:${r.id}`)) rows.push(r);
      }
      const web = body.query === WEB.search;
      return {
        data: {
          search: rows.map(({ slug: s, name: n, year, ...r }) => ({
            ...r,
            url: `/${PATHS[r.kind]}/${r.id}`,
            ...(web ? { conference: s ? { slug: s, name: n, year } : null } : {}),
          })),
        },
      };
    }
    case 'SaveNote': {
      const user = signedIn(req);
      if (!user) return UNAUTHENTICATED;
      const input = (body.variables as { input: { sessionId: string; body: string } }).input;
      if (!sessionStatus.get(input.sessionId)) return NOT_FOUND('session');
      // IMMEDIATE: the write lock first (waiting up to the busy timeout), so the read inside cannot be
      // overtaken by another connection's commit (the app's, on the same file)
      const note = saveNote.immediate(user, input.sessionId, input.body);
      return { data: { saveNote: { id: note.id, updatedAt: iso(note.updated_at) } } };
    }
    case 'StarSession':
    case 'UnstarSession': {
      const user = signedIn(req);
      if (!user) return UNAUTHENTICATED;
      const sessionId = v.sessionId ?? '';
      const session = sessionStatus.get(sessionId) as { status: string } | undefined;
      if (!session) return NOT_FOUND('session');
      if (name === 'UnstarSession') {
        deleteStar.run(user, sessionId);
        return { data: { unstarSession: { id: sessionId, starred: false } } };
      }
      if (session.status === 'CANCELLED')
        return { errors: [{ message: 'This session is cancelled', extensions: { code: 'BAD_USER_INPUT' } }] };
      insertStar.run(user, sessionId);
      return { data: { starSession: { id: sessionId, starred: true } } };
    }
    default:
      return { errors: [{ message: `unknown operation ${name}` }] };
  }
}

const escapeText = (s: string) => s.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\n/g, '\\n');
const icsTime = (v: string) => `${v.slice(0, 10).replace(/-/g, '')}T${v.slice(11, 19).replace(/:/g, '')}Z`;
/** Folds a content line at 75 octets, as RFC 5545 asks. */
function fold(line: string): string {
  if (Buffer.byteLength(line) <= 75) return line;
  const parts: string[] = [];
  let current = '';
  for (const ch of line) {
    if (Buffer.byteLength(current + ch) > (parts.length ? 74 : 75)) {
      parts.push(current);
      current = '';
    }
    current += ch;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function calendar(name: string, rows: SessionRow[]): string {
  const { people } = details(rows.map((r) => r.id));
  const stamp = icsTime(new Date().toISOString().replace('T', ' '));
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//baseline//EN',
    fold(`X-WR-CALNAME:${escapeText(name)}`),
  ];
  for (const r of rows) {
    if (!r.starts_at || !r.ends_at) continue;
    const speakers = (people.get(r.id) ?? []).map((p) => p.name).join(', ');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${r.id}@baseline`,
      `SEQUENCE:${r.revision}`,
      `DTSTAMP:${stamp}`,
      `DTSTART:${icsTime(r.starts_at)}`,
      `DTEND:${icsTime(r.ends_at)}`,
      fold(`SUMMARY:${escapeText(r.title)}`),
      ...(r.room ? [fold(`LOCATION:${escapeText(r.room)}`)] : []),
      ...(speakers ? [fold(`DESCRIPTION:${escapeText(speakers)}`)] : []),
      `STATUS:${r.status === 'CANCELLED' ? 'CANCELLED' : 'CONFIRMED'}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.join('\r\n')}\r\n`;
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

/** Sends JSON compressed per request when the request accepts br or gzip (no q-values: the bench sends none). */
function sendEncoded(req: IncomingMessage, res: ServerResponse, body: string): void {
  const accepted = (req.headers['accept-encoding'] ?? '').split(',').map((e) => e.trim().split(';')[0]);
  const encoding = accepted.includes('br') ? 'br' : accepted.includes('gzip') ? 'gzip' : null;
  if (!encoding) return send(res, 200, 'application/json', body);
  const done = (e: Error | null, bytes: Buffer) => {
    if (e) return send(res, 500, 'text/plain', e.message);
    res.writeHead(200, {
      'content-type': 'application/json',
      'content-encoding': encoding,
      vary: 'Accept-Encoding',
      'content-length': bytes.length,
    });
    res.end(bytes);
  };
  if (encoding === 'br') brotliCompress(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } }, done);
  else gzip(body, { level: 6 }, done);
}

createServer((req, res) => {
  const url = req.url ?? '';
  if (req.method === 'POST' && url === '/graphql') {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (raw += c));
    req.on('end', () => {
      let answer: string;
      try {
        answer = JSON.stringify(graphql(JSON.parse(raw), req));
      } catch (e) {
        // e.g. SQLITE_BUSY after the busy timeout: an error answer (counted by the run), not a crash
        console.error(e);
        return send(res, 500, 'application/json', JSON.stringify({ errors: [{ message: String(e) }] }));
      }
      sendEncoded(req, res, answer);
    });
    return;
  }
  const feed = /^\/calendar\/feeds\/([\w-]+)\.ics$/.exec(url);
  if (feed) {
    const user = userOfFeed.get(sha256(feed[1])) as { id: string } | undefined;
    if (!user) return send(res, 404, 'text/plain', 'not found');
    return send(
      res,
      200,
      'text/calendar',
      calendar('My schedule', sessionsOfUser.all(user.id, null, null) as SessionRow[]),
    );
  }
  const whole = /^\/calendar\/conferences\/([\w-]+)\.ics$/.exec(url);
  if (whole) {
    const c = conference.get(whole[1]) as { name: string } | undefined;
    if (!c) return send(res, 404, 'text/plain', 'not found');
    return send(
      res,
      200,
      'text/calendar',
      calendar(c.name, sessionsOfConference.all(whole[1], null, null) as SessionRow[]),
    );
  }
  send(res, 404, 'text/plain', 'not found');
}).listen(Number(port), '127.0.0.1', () => console.log(`baseline listening on ${port}`));
