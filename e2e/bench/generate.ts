import Database from 'better-sqlite3';
import { createHash, createHmac, randomUUID } from 'node:crypto';
import type { Scale } from './scale';

/** What the scenarios need to know about the generated data. */
export interface Generated {
  /** Bearer tokens of signed-in delegates, with their user ids and feed tokens. */
  delegates: { userId: string; token: string; feedToken: string }[];
  /** Session ids of the large conference (for saveNote). */
  sessionIds: string[];
  /** The large conference's days. */
  days: string[];
  /** The bearer token of an organiser (the import's draft). */
  organiserToken: string;
  /** The names of the seeded themes (tracks), for the imported sheet. */
  themes: string[];
}

/** A small deterministic PRNG (mulberry32), so every run generates the same data. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOPICS = [
  'safeguarding',
  'SEND',
  'mental health',
  'workforce',
  'care leavers',
  'inspection',
  'funding',
  'early help',
  'adoption',
  'fostering',
  'youth justice',
  'exploitation',
  'poverty',
  'school improvement',
  'integration',
  'adult social care',
  'transitions',
  'commissioning',
];
const WORDS = (
  'children families services council partnership practice outcomes evidence local national ' +
  'support pressures demand reform leadership data quality improvement community schools health ' +
  'social care young people director budget strategy innovation pilot review findings'
).split(' ');
const FIRST =
  'Alex Sam Jo Chris Pat Morgan Jamie Robin Taylor Casey Jordan Hilary Lesley Nicola Ashley'.split(' ');
const LAST =
  'Smith Jones Patel Khan Taylor Brown Wilson Evans Thomas Roberts Walker Wright Hughes Green'.split(' ');

const sqliteInstant = (d: Date) => d.toISOString().replace('T', ' ').replace('Z', '');

/**
 * Adds synthetic conferences, speakers and delegates (with stars and notes) to a migrated, seeded
 * database, with plain SQL in one transaction (the app's own triggers index them for search).
 */
export function generate(path: string, scale: Scale, appSecret: string): Generated {
  const random = prng(20301105);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const sentence = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  const generated: Generated = { delegates: [], sessionIds: [], days: [], organiserToken: '', themes: [] };

  db.transaction(() => {
    const tracks = db.prepare('SELECT id, name FROM tracks ORDER BY name').all() as {
      id: string;
      name: string;
    }[];
    const trackIds = tracks.map((t) => t.id);
    generated.themes = tracks.map((t) => t.name);
    const speakerIds: string[] = [];
    const insertSpeaker = db.prepare('INSERT INTO speakers (id, name, role) VALUES (?, ?, ?)');
    for (let i = 0; i < scale.speakers; i++) {
      const id = randomUUID();
      speakerIds.push(id);
      insertSpeaker.run(id, `${pick(FIRST)} ${pick(LAST)}-${i}`, `Director of ${pick(TOPICS)}`);
    }

    const insertConference = db.prepare(
      // published (a conference with no published_at is a new edition the public does not see yet)
      `INSERT INTO conferences (id, slug, name, series, year, city, starts_on, ends_on, timezone, published_at)
       VALUES (?, ?, ?, 'NCASC', ?, 'Benchmark', ?, ?, 'Europe/London', CURRENT_TIMESTAMP)`,
    );
    const insertRoom = db.prepare('INSERT INTO rooms (id, conference_id, name) VALUES (?, ?, ?)');
    const insertSession = db.prepare(
      `INSERT INTO sessions (id, conference_id, title, summary, type, status, time_precision, day, starts_at, ends_at, sequence, room_id)
       VALUES (?, ?, ?, ?, ?, 'SCHEDULED', 'EXACT', ?, ?, ?, ?, ?)`,
    );
    const insertTrack = db.prepare('INSERT INTO session_tracks (session_id, track_id) VALUES (?, ?)');
    const insertParticipant = db.prepare(
      'INSERT INTO session_speakers (session_id, speaker_id, role, position) VALUES (?, ?, ?, ?)',
    );
    scale.conferences.forEach((c, ci) => {
      const conferenceId = randomUUID();
      const year = Number(c.slug.slice(-4));
      const days = Array.from(
        { length: scale.days },
        (_, d) => `${year}-11-${String(5 + d).padStart(2, '0')}`,
      );
      insertConference.run(conferenceId, c.slug, `Benchmark conference ${year}`, year, days[0], days.at(-1));
      const rooms = Array.from({ length: scale.rooms }, (_, r) => {
        const id = randomUUID();
        insertRoom.run(id, conferenceId, `Room ${r + 1}`);
        return id;
      });
      for (let s = 0; s < c.sessions; s++) {
        const id = randomUUID();
        const day = days[s % scale.days];
        const slot = Math.floor(s / scale.days / scale.rooms);
        // 08:00 UTC onwards, 20-minute slots (no overlap within a room)
        const start = new Date(`${day}T08:00:00Z`);
        start.setUTCMinutes(start.getUTCMinutes() + slot * 20);
        const end = new Date(start.getTime() + 20 * 60_000);
        const topic = pick(TOPICS);
        insertSession.run(
          id,
          conferenceId,
          `${topic[0].toUpperCase()}${topic.slice(1)}: ${sentence(4)} (${s + 1})`,
          `A session on ${topic}: ${sentence(30)}.`,
          pick(['WORKSHOP', 'WORKSHOP', 'PLENARY', 'KEYNOTE', 'PANEL']),
          day,
          sqliteInstant(start),
          sqliteInstant(end),
          s,
          rooms[Math.floor(s / scale.days) % scale.rooms],
        );
        const tracks = new Set([pick(trackIds), pick(trackIds)]);
        for (const t of tracks) insertTrack.run(id, t);
        const speakers = new Set(
          Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(speakerIds)),
        );
        [...speakers].forEach((sp, position) =>
          insertParticipant.run(
            id,
            sp,
            position === 0 ? 'SPEAKER' : pick(['SPEAKER', 'PANELLIST', 'CHAIR']),
            position,
          ),
        );
        if (ci === 0) generated.sessionIds.push(id);
      }
      if (ci === 0) generated.days = days;
    });

    const insertUser = db.prepare(
      `INSERT INTO users (id, email, name, password_hash, role, feed_token_hash, feed_token_version)
       VALUES (?, ?, ?, 'not-a-password', 'DELEGATE', ?, 1)`,
    );
    const insertStar = db.prepare('INSERT INTO stars (user_id, session_id) VALUES (?, ?)');
    const insertNote = db.prepare('INSERT INTO notes (id, user_id, session_id, body) VALUES (?, ?, ?, ?)');
    const insertToken = db.prepare(
      `INSERT INTO auth_tokens (id, user_id, token_hash, expires_at) VALUES (?, ?, ?, '2099-01-01 00:00:00.000')`,
    );
    const sha256 = (v: string) => createHash('sha256').update(v).digest('hex');
    for (let u = 0; u < scale.delegates; u++) {
      const id = randomUUID();
      const feedToken = createHmac('sha256', appSecret).update(`feed:${id}:1`).digest('base64url');
      insertUser.run(id, `delegate${u}@bench.example`, `Delegate ${u}`, sha256(feedToken));
      const starred = new Set<string>();
      while (starred.size < Math.min(scale.starsEach, generated.sessionIds.length))
        starred.add(pick(generated.sessionIds));
      for (const s of starred) insertStar.run(id, s);
      [...starred]
        .slice(0, scale.notesEach)
        .forEach((s) => insertNote.run(randomUUID(), id, s, `Note: ${sentence(25)}`));
      if (u < scale.signedIn) {
        const token = randomUUID() + randomUUID();
        insertToken.run(randomUUID(), id, sha256(token));
        generated.delegates.push({ userId: id, token, feedToken });
      }
    }

    // an organiser, signed in: the import scenario makes a new edition and imports into its draft
    const organiserId = randomUUID();
    db.prepare(
      `INSERT INTO users (id, email, name, password_hash, role, feed_token_hash, feed_token_version)
       VALUES (?, 'organiser@bench.example', 'Bench organiser', 'not-a-password', 'ORGANISER', ?, 1)`,
    ).run(organiserId, sha256(`organiser-feed:${organiserId}`));
    generated.organiserToken = randomUUID() + randomUUID();
    insertToken.run(randomUUID(), organiserId, sha256(generated.organiserToken));
  })();
  db.close();
  return generated;
}

/**
 * A programme sheet of `sessions` sessions in the CSV columns organisers import (docs/organisers.md):
 * three days, `rooms` rooms, 20-minute slots, one to three speakers from a pool of 300 names (the same
 * names every run, so a second import finds them), two themes of the seeded ones.
 */
export function programmeSheet(sessions: number, days: string[], rooms: number, themes: string[]): string {
  const random = prng(20401110);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const cell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const lines = ['id,title,type,day,start,end,day_part,room,themes,speakers,summary'];
  const clock = (minutes: number) =>
    `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  for (let s = 0; s < sessions; s++) {
    const slot = Math.floor(s / days.length / rooms);
    const start = 8 * 60 + slot * 20;
    const topic = pick(TOPICS);
    const speakers = Array.from(
      new Set(
        Array.from(
          { length: 1 + Math.floor(random() * 3) },
          () => `Bench Speaker ${1 + Math.floor(random() * 300)}`,
        ),
      ),
    );
    lines.push(
      [
        `bench-${s + 1}`,
        `${topic[0].toUpperCase()}${topic.slice(1)}: ${pick(WORDS)} ${pick(WORDS)} (${s + 1})`,
        pick(['WORKSHOP', 'PLENARY', 'KEYNOTE', 'PANEL']),
        days[s % days.length],
        clock(start),
        clock(start + 20),
        '',
        `Room ${1 + (Math.floor(s / days.length) % rooms)}`,
        [...new Set([pick(themes), pick(themes)])].join('; '),
        speakers.join('; '),
        `A session on ${topic}: ${Array.from({ length: 20 }, () => pick(WORDS)).join(' ')}.`,
      ]
        .map(cell)
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
