import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { RoundupStatus } from '../roundups/roundup.entity';
import { ftsQuery, searchTerms, type TermsMode, tsQueryParts, tsQuerySql } from './search-terms';
import { MARK_END, MARK_START, snippetHtml } from './snippet';

export enum SearchKind {
  SESSION = 'SESSION',
  SPEAKER = 'SPEAKER',
  ROUNDUP = 'ROUNDUP',
  NOTE = 'NOTE',
}

export interface SearchRequest {
  query: string;
  /** Only hits from this conference (a speaker counts when they spoke there). */
  conferenceId: string | null;
  kinds: SearchKind[];
  first: number;
  /** How many of the best hits to pass over (those up to the page's cursor). */
  offset: number;
  /** Whose notes may be searched (none when signed out). */
  viewerId: string | null;
  /** Staff and organisers also find draft write-ups. */
  includeDrafts: boolean;
}

export interface SearchResult {
  /** Its place in the ranking, from 1. */
  position: number;
  kind: SearchKind;
  /** The session, speaker or write-up; for a note, its session. */
  id: string;
  title: string;
  snippet: string;
  conferenceId: string | null;
}

interface Row {
  kind: SearchKind;
  ref_id: string;
  title: string;
  snippet: string;
  conference_id: string | null;
  note_session_id: string | null;
}

/**
 * Full-text search over the index the database keeps in step with every write (see the migration
 * RoundupMentionsAndSearch): FTS5 with the Porter stemmer on SQLite, English text search on
 * PostgreSQL. One statement finds, ranks, filters what the viewer may see and cuts the snippets.
 */
@Injectable()
export class SearchService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async search(req: SearchRequest): Promise<SearchResult[]> {
    const terms = searchTerms(req.query);
    const kinds = req.kinds.filter((k) => k !== SearchKind.NOTE || req.viewerId);
    if (!terms.length || !kinds.length) return [];
    // the ranking up to the end of the page; the page is its last `first`
    const upTo = req.offset + req.first;
    const hits = await this.run(req, kinds, terms, 'all', upTo);
    // too little with every word: fill up with pages that have some of them, best first
    if (hits.length < upTo && terms.length > 1) {
      const seen = new Set(hits.map((h) => `${h.kind}:${h.ref_id}`));
      for (const h of await this.run(req, kinds, terms, 'any', upTo)) {
        if (hits.length >= upTo) break;
        if (!seen.has(`${h.kind}:${h.ref_id}`)) hits.push(h);
      }
    }
    return hits.slice(req.offset).map((h, i) => ({
      position: req.offset + i + 1,
      kind: h.kind,
      id: h.kind === SearchKind.NOTE ? h.note_session_id! : h.ref_id,
      title: h.title,
      snippet: snippetHtml(h.snippet),
      conferenceId: h.conference_id ?? (h.kind === SearchKind.SPEAKER ? req.conferenceId : null),
    }));
  }

  private run(
    req: SearchRequest,
    kinds: SearchKind[],
    terms: string[],
    mode: TermsMode,
    limit: number,
  ): Promise<Row[]> {
    const postgres = this.ds.options.type === 'postgres';
    const tsq = tsQuerySql(mode);
    const where = postgres ? `e.document @@ ${tsq}` : `search_fts MATCH :query`;
    const rank = postgres ? `ts_rank_cd(e.document, ${tsq}, 1)` : `-bm25(search_fts, 8.0, 1.0)`;
    const published = `'${RoundupStatus.PUBLISHED}'`;
    const roundupVisible = req.includeDrafts ? '' : ` AND r.status = ${published}`;
    const conferenceFilter = req.conferenceId
      ? `AND (coalesce(s.conference_id, r.conference_id, ns.conference_id) = :conferenceId
          OR (sp.id IS NOT NULL AND EXISTS (SELECT 1 FROM session_speakers ss
            JOIN sessions x ON x.id = ss.session_id
            WHERE ss.speaker_id = sp.id AND x.conference_id = :conferenceId AND x.removed_at IS NULL)))`
      : '';
    const kindList = kinds.map((k) => `'${k}'`).join(', ');
    const source = postgres
      ? `search_entries e`
      : `search_fts JOIN search_entries e ON e.id = search_fts.rowid`;
    const snippet = postgres ? `''` : `snippet(search_fts, -1, '${MARK_START}', '${MARK_END}', '…', 24)`;
    const ranked = `SELECT e.kind, e.ref_id, ${rank} AS rank, ${snippet} AS snippet,
        coalesce(s.title, sp.name, r.title, ns.title) AS title,
        coalesce(s.conference_id, r.conference_id, ns.conference_id) AS conference_id,
        n.session_id AS note_session_id,
        e.title AS doc_title, e.body AS doc_body
      FROM ${source}
      LEFT JOIN sessions s ON e.kind = 'SESSION' AND s.id = e.ref_id AND s.removed_at IS NULL
      LEFT JOIN speakers sp ON e.kind = 'SPEAKER' AND sp.id = e.ref_id
        -- a speaker is public once a published session names them
        AND EXISTS (SELECT 1 FROM session_speakers pss JOIN sessions ps ON ps.id = pss.session_id
          WHERE pss.speaker_id = sp.id AND ps.removed_at IS NULL)
      LEFT JOIN roundups r ON e.kind = 'ROUNDUP' AND r.id = e.ref_id${roundupVisible}
      LEFT JOIN notes n ON e.kind = 'NOTE' AND n.id = e.ref_id AND n.user_id = :viewer
      LEFT JOIN sessions ns ON ns.id = n.session_id
      WHERE ${where}
        AND e.kind IN (${kindList})
        AND (s.id IS NOT NULL OR sp.id IS NOT NULL OR r.id IS NOT NULL OR n.id IS NOT NULL)
        ${conferenceFilter}
      ORDER BY rank DESC, title
      LIMIT :first`;
    const sql = postgres
      ? // headlines are cut for the rows shown only (ts_headline reads the text again)
        `SELECT h.kind, h.ref_id, h.title, h.conference_id, h.note_session_id,
          ts_headline('english',
            CASE WHEN to_tsvector('english', h.doc_body) @@ ${tsq} THEN h.doc_body
              ELSE h.doc_title END,
            ${tsq},
            'StartSel="${MARK_START}", StopSel="${MARK_END}", MaxWords=28, MinWords=12, MaxFragments=1, FragmentDelimiter=" … "')
            AS snippet
        FROM (${ranked}) h ORDER BY h.rank DESC, h.title`
      : ranked;
    const [statement, params] = this.ds.driver.escapeQueryWithParameters(sql, {
      ...(postgres ? tsQueryParts(terms, mode) : { query: ftsQuery(terms, mode) }),
      viewer: req.viewerId ?? '',
      conferenceId: req.conferenceId,
      first: limit,
    });
    return this.ds.query(statement, params);
  }
}
