import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { brotliCompress, constants, gzip } from 'node:zlib';

/**
 * The yardstick: a plain node:http server answering the benchmark's requests with the same data,
 * straight from the same database file, with hand-written SQL and JSON.stringify (calendars by string
 * concatenation). No framework, no GraphQL, no validation: what the hardware gives. A GraphQL request
 * that accepts br or gzip (a browser's) is compressed per request, as the compression() middleware
 * does (br at its quality 4, else gzip at level 6): the yardstick of the browser-encoding scenarios.
 *
 * Usage: node baseline.js <database file> <port>
 */
const [file, port] = process.argv.slice(2);
const db = new Database(file, { readonly: true });
db.pragma('busy_timeout = 5000');

const iso = (v: string | null) => (v ? `${v.replace(' ', 'T')}Z` : null);
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
}

const SESSION_COLUMNS = `s.id, s.title, s.type, s.status, s.day, s.starts_at, s.ends_at, s.revision, r.name AS room`;
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
const userOfToken = db.prepare(
  `SELECT user_id FROM auth_tokens WHERE token_hash = ? AND revoked_at IS NULL AND expires_at > ?`,
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

function sessionsJson(rows: SessionRow[]) {
  const { tracks, people } = details(rows.map((r) => r.id));
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    type: r.type,
    status: r.status,
    day: r.day,
    startsAt: iso(r.starts_at),
    endsAt: iso(r.ends_at),
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
     snippet(search_fts, -1, '<mark>', '</mark>', '…', 24) AS snippet
   FROM search_fts JOIN search_entries e ON e.id = search_fts.rowid
   LEFT JOIN sessions s ON e.kind = 'SESSION' AND s.id = e.ref_id AND s.removed_at IS NULL
   LEFT JOIN speakers sp ON e.kind = 'SPEAKER' AND sp.id = e.ref_id
   LEFT JOIN roundups r ON e.kind = 'ROUNDUP' AND r.id = e.ref_id AND r.status = 'PUBLISHED'
   WHERE search_fts MATCH ? AND (s.id IS NOT NULL OR sp.id IS NOT NULL OR r.id IS NOT NULL)
   ORDER BY bm25(search_fts, 8.0, 1.0) LIMIT 20`,
);
const searchInConference = db.prepare(
  `SELECT 'SESSION' AS kind, s.id, s.title, snippet(search_fts, -1, '<mark>', '</mark>', '…', 24) AS snippet
   FROM search_fts JOIN search_entries e ON e.id = search_fts.rowid
   JOIN sessions s ON e.kind = 'SESSION' AND s.id = e.ref_id AND s.removed_at IS NULL
   JOIN conferences c ON c.id = s.conference_id AND c.slug = ?
   WHERE search_fts MATCH ? ORDER BY bm25(search_fts, 8.0, 1.0) LIMIT 20`,
);
const PATHS: Record<string, string> = { SESSION: 'sessions', SPEAKER: 'speakers', ROUNDUP: 'roundups' };

function graphql(body: { query: string; variables: Record<string, string> }, req: IncomingMessage): unknown {
  const name = /^\s*(?:query|mutation)\s+(\w+)/.exec(body.query)?.[1] ?? '';
  const v = body.variables ?? {};
  switch (name) {
    case 'Agenda':
    case 'Day': {
      const c = conference.get(v.slug) as { slug: string; name: string } | undefined;
      if (!c) return { data: { conference: null } };
      const day = v.day ?? null;
      const rows = sessionsOfConference.all(v.slug, day, day) as SessionRow[];
      return { data: { conference: { ...c, sessions: sessionsJson(rows) } } };
    }
    case 'MySchedule': {
      const token = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1];
      const user = token
        ? (userOfToken.get(sha256(token), new Date().toISOString().replace('T', ' ').replace('Z', '')) as
            { user_id: string } | undefined)
        : undefined;
      if (!user) return { errors: [{ message: 'Sign in first', extensions: { code: 'UNAUTHENTICATED' } }] };
      const rows = sessionsOfUser.all(user.user_id, v.slug, v.slug) as SessionRow[];
      return { data: { mySchedule: { sessions: sessionsJson(rows) } } };
    }
    case 'Search': {
      const terms = (v.q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map((t) => `"${t}"`);
      type Hit = { kind: string; id: string; title: string; snippet: string };
      const query = terms.join(' ');
      const rows: Hit[] = !terms.length
        ? []
        : v.slug
          ? (searchInConference.all(v.slug, query) as Hit[])
          : (search.all(query) as Hit[]);
      return { data: { search: rows.map((r) => ({ ...r, url: `/${PATHS[r.kind]}/${r.id}` })) } };
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
    req.on('end', () => sendEncoded(req, res, JSON.stringify(graphql(JSON.parse(raw), req))));
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
