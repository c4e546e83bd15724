import Ajv from 'ajv';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type DayPart, type SessionType, type SpeakerRole, TimePrecision } from '@ncasc/shared';
import schema from './seed-file.schema.json';

export interface SeedTheme {
  slug: string;
  name: string;
}

export interface SeedFile {
  conference: {
    slug: string;
    name: string;
    series: 'NCASC' | 'ADCS';
    year: number;
    organisers: string[];
    city: string | null;
    venue: string | null;
    startsOn: string | null;
    endsOn: string | null;
    hashtag: string | null;
    source: string;
    evidence?: string | null;
    leftEmpty?: string[];
  };
  posts: {
    key: string;
    file: string;
    heading?: string;
    title: string;
    publication: string;
    author: string | null;
    publishedOn: string | null;
    summary: string;
  }[];
  speakers: {
    key: string;
    name: string;
    honorifics?: string[];
    role: string | null;
    organisation: string | null;
    source: string;
  }[];
  sessions: {
    key: string;
    title: string;
    summary: string | null;
    /** null when the post does not state what kind of session it was */
    type: SessionType | null;
    timePrecision: TimePrecision;
    day: string | null;
    dayPart: DayPart | null;
    startsAt: string | null;
    endsAt: string | null;
    room: string | null;
    themes: string[];
    speakers: { speaker: string; role: SpeakerRole; capacity?: string | null }[];
    source: string;
    evidence?: string | null;
  }[];
}

export interface SeedData {
  themes: SeedTheme[];
  /** Oldest conference first, so that later years' facts about a speaker win when merged. */
  files: SeedFile[];
}

export class SeedDataError extends Error {
  override name = 'SeedDataError';
}

const validateFile = new Ajv({ allErrors: true }).compile<SeedFile>(schema);

/** Cross-file rules the JSON schema cannot say: references resolve, precision and time fields agree. */
function checkFile(file: SeedFile, name: string, themes: Set<string>): string[] {
  const problems: string[] = [];
  const posts = new Set(file.posts.map((p) => p.key));
  const speakers = new Set(file.speakers.map((s) => s.key));
  const c = file.conference;
  if (!posts.has(c.source)) problems.push(`conference.source "${c.source}" is not a post in this file`);
  if (!c.slug.endsWith(String(c.year)) || !c.slug.startsWith(c.series.toLowerCase()))
    problems.push(`conference.slug "${c.slug}" does not match series/year`);
  if (c.startsOn && c.endsOn && c.endsOn < c.startsOn) problems.push('conference.endsOn is before startsOn');
  const keys = new Set<string>();
  file.sessions.forEach((s, i) => {
    const at = `sessions[${i}] (${s.key})`;
    if (keys.has(s.key)) problems.push(`${at}: duplicate key`);
    keys.add(s.key);
    if (!s.key.startsWith(`${c.slug}-`)) problems.push(`${at}: key must start with "${c.slug}-"`);
    if (!posts.has(s.source)) problems.push(`${at}: source "${s.source}" is not a post in this file`);
    for (const t of s.themes) if (!themes.has(t)) problems.push(`${at}: unknown theme "${t}"`);
    for (const sp of s.speakers)
      if (!speakers.has(sp.speaker)) problems.push(`${at}: unknown speaker "${sp.speaker}"`);
    const needsDay = s.timePrecision !== TimePrecision.UNKNOWN;
    if (needsDay && !s.day) problems.push(`${at}: ${s.timePrecision} needs a day`);
    if (s.timePrecision === TimePrecision.UNKNOWN && s.day)
      problems.push(`${at}: UNKNOWN precision but a day is given (use DAY)`);
    if ((s.timePrecision === TimePrecision.DAY_PART) !== (s.dayPart !== null))
      problems.push(`${at}: dayPart is set exactly when precision is DAY_PART`);
    if ((s.timePrecision === TimePrecision.EXACT) !== (s.startsAt !== null))
      problems.push(`${at}: startsAt is set exactly when precision is EXACT`);
    if (s.endsAt && !s.startsAt) problems.push(`${at}: endsAt without startsAt`);
    if (s.startsAt && s.endsAt && s.endsAt <= s.startsAt) problems.push(`${at}: ends before it starts`);
    if (s.day && c.startsOn && c.endsOn && (s.day < c.startsOn || s.day > c.endsOn))
      problems.push(`${at}: day ${s.day} is outside the conference dates`);
  });
  file.speakers.forEach((s) => {
    if (!posts.has(s.source))
      problems.push(`speaker ${s.key}: source "${s.source}" is not a post in this file`);
  });
  return problems.map((p) => `${name}: ${p}`);
}

export const DEFAULT_SEED_DIR = join(__dirname, 'data');

/** Reads and checks every seed file; throws one SeedDataError listing every problem. */
export function readSeedData(dir = DEFAULT_SEED_DIR): SeedData {
  const themes = JSON.parse(readFileSync(join(dir, 'themes.json'), 'utf8')) as SeedTheme[];
  const themeSlugs = new Set(themes.map((t) => t.slug));
  const problems: string[] = [];
  const files: SeedFile[] = [];
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'themes.json')
    .sort()) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    } catch (e) {
      problems.push(`${name}: not valid JSON (${(e as Error).message})`);
      continue;
    }
    if (!validateFile(parsed)) {
      for (const err of validateFile.errors ?? [])
        problems.push(`${name}: ${err.instancePath || '/'} ${err.message}`);
      continue;
    }
    if (`${parsed.conference.slug}.json` !== name)
      problems.push(`${name}: file name must be <conference slug>.json`);
    problems.push(...checkFile(parsed, name, themeSlugs));
    files.push(parsed);
  }
  if (problems.length) throw new SeedDataError(`Seed data is not valid:\n  ${problems.join('\n  ')}`);
  files.sort(
    (a, b) =>
      a.conference.year - b.conference.year ||
      (a.conference.startsOn ?? '').localeCompare(b.conference.startsOn ?? ''),
  );
  return { themes, files };
}
