import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readSeedData } from './seed-files';

/**
 * The seed is our reading of the round-up posts in ../shared/seeds (beside the repository, as in CI):
 * every post it cites is there, every seeded session and speaker points at one of them, and none of
 * our own text (summaries, titles, evidence) repeats a run of 12 or more of a post's words.
 */
const SEEDS = resolve(__dirname, '..', '..', '..', '..', '..', '..', 'shared', 'seeds');

const words = (text: string): string[] =>
  text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .split(/[^a-z0-9']+/)
    .filter(Boolean);

function shingles(text: string, n: number): Set<string> {
  const w = words(text);
  const out = new Set<string>();
  for (let i = 0; i + n <= w.length; i++) out.add(w.slice(i, i + n).join(' '));
  return out;
}

describe('seed data against its sources', () => {
  const { files } = readSeedData();
  const posts = files.flatMap((f) => f.posts);

  it('finds the source posts beside the repository', () => {
    expect(existsSync(SEEDS)).toBe(true);
  });

  it.each(posts.map((p) => [p.key, p]))('%s: its heading stands in the capture it cites', (_key, post) => {
    const text = readFileSync(join(SEEDS, post.file), 'utf8');
    if (post.heading) expect(text.split('\n').map((l) => l.trim())).toContain(post.heading.trim());
    else expect(text).toContain(post.title);
  });

  it('points every session and speaker at a post of its own file', () => {
    for (const f of files) {
      const keys = new Set(f.posts.map((p) => p.key));
      for (const s of f.sessions) expect(keys.has(s.source)).toBe(true);
      for (const s of f.speakers) expect(keys.has(s.source)).toBe(true);
    }
  });

  it('copies no sentence from the posts into our summaries, titles or evidence', () => {
    const N = 12;
    const source = new Map<string, Set<string>>();
    const copied: string[] = [];
    for (const f of files) {
      for (const post of f.posts) {
        if (!source.has(post.file))
          source.set(post.file, shingles(readFileSync(join(SEEDS, post.file), 'utf8'), N));
      }
      const ours: [string, string | null | undefined][] = [
        ...f.posts.map((p) => [`${f.conference.slug} post ${p.key} summary`, p.summary] as [string, string]),
        ...f.sessions.flatMap(
          (s) =>
            [
              [`${s.key} title`, s.title],
              [`${s.key} summary`, s.summary],
              [`${s.key} evidence`, s.evidence],
            ] as [string, string | null | undefined][],
        ),
        [`${f.conference.slug} evidence`, f.conference.evidence],
      ];
      const fileShingles = f.posts.map((p) => source.get(p.file)!);
      for (const [where, text] of ours) {
        if (!text) continue;
        for (const run of shingles(text, N))
          if (fileShingles.some((s) => s.has(run))) copied.push(`${where}: "${run}…"`);
      }
    }
    expect(copied).toEqual([]);
  });
});
