import {
  type AgendaDay,
  formatDate,
  formatDateRange,
  groupAgenda,
  SESSION_TYPE_LABELS,
  SessionStatus,
} from '@ncasc/shared';
import type { ConferenceEntity } from '../conferences/conference.entity';
import { timingOf } from '../sessions/agenda-order';
import type { PublishedSession } from '../sessions/published/published-programme';
import { clockTime, participantWords } from '../sessions/published/session-words';
import { writeMarkdown } from './markdown-pdf';
import { currentPage, finish, keepSpace, newPdf, pause, type Pdf, type Struct } from './pdf-document';

/** What one printed programme holds: the booklet, one day of it, a delegate's schedule or report. */
export interface PrintSpec {
  conference: Pick<
    ConferenceEntity,
    'name' | 'startsOn' | 'endsOn' | 'city' | 'venue' | 'hashtag' | 'timezone'
  >;
  /** On the cover, under the conference's name: "Programme", "My schedule"… */
  heading: string;
  /** Lines under the heading (whose schedule, which day, the version). */
  lines: string[];
  /** In agenda order. */
  sessions: readonly PublishedSession[];
  /** Days to show even when empty (the booklet's conference days). */
  days: readonly string[];
  /** Each session's page on the web (a link in the PDF). */
  sessionUrl: (id: string) => string;
  /** Print each session's summary. */
  summaries: boolean;
  /** An index of speakers with the pages they appear on. */
  speakerIndex: boolean;
  /** Sessions that clash with others in a delegate's schedule: the titles of the others, by session id. */
  clashes?: ReadonlyMap<string, readonly string[]>;
  /** A delegate's own notes (Markdown), by session id. */
  notes?: ReadonlyMap<string, string>;
  /** Said when there are no sessions. */
  empty: string;
  /** When the data last changed (the PDF's dates, so one version makes one file). */
  modified: Date;
}

const LEFT = 56;
/** Sessions laid out between pauses for other requests (a fifth of a second's work on the benchmark's machine). */
const SESSIONS_BETWEEN_PAUSES = 200;
const WIDTH = 595.28 - 2 * LEFT;

function cover(doc: Pdf, spec: PrintSpec, root: Struct): void {
  const c = spec.conference;
  const place = [c.venue, c.city].filter(Boolean).join(', ');
  doc.moveDown(6);
  doc
    .font('bold')
    .fontSize(26)
    .text(c.name, { structParent: root, structType: 'H1' } as PDFKit.Mixins.TextOptions);
  doc.moveDown(0.5);
  doc.font('regular').fontSize(14);
  for (const line of [
    formatDateRange(c.startsOn, c.endsOn),
    place || 'Place not given',
    c.hashtag ? `#${c.hashtag.replace(/^#/, '')}` : null,
  ])
    if (line) doc.text(line, { structParent: root, structType: 'P' } as PDFKit.Mixins.TextOptions);
  doc.moveDown(2);
  doc
    .font('bold')
    .fontSize(18)
    .text(spec.heading, { structParent: root, structType: 'H2' } as PDFKit.Mixins.TextOptions);
  doc.font('regular').fontSize(11);
  for (const line of spec.lines)
    doc.text(line, { structParent: root, structType: 'P' } as PDFKit.Mixins.TextOptions);
}

function session(
  doc: Pdf,
  spec: PrintSpec,
  s: PublishedSession,
  section: Struct,
  pagesOf: Map<string, Set<number>>,
): void {
  const tz = spec.conference.timezone;
  const m = s.model;
  const tagged = (type: string) =>
    ({ structParent: section, structType: type, width: WIDTH }) as PDFKit.Mixins.TextOptions;
  keepSpace(doc, 70);
  doc.x = LEFT;
  const clash = spec.clashes?.get(s.row.id);
  const cancelled = s.row.status === SessionStatus.CANCELLED;
  doc
    .font('bold')
    .fontSize(11.5)
    .text(`${m.title}${cancelled ? ' (cancelled)' : ''}`, {
      ...tagged('H4'),
      link: spec.sessionUrl(s.row.id),
    });
  const facts = [
    clockTime(s.row, tz),
    s.room?.name ?? null,
    s.row.type ? SESSION_TYPE_LABELS[s.row.type] : null,
  ].filter(Boolean);
  doc.font('regular').fontSize(9.5);
  if (facts.length) doc.text(facts.join(' · '), tagged('P'));
  if (s.themes.length) doc.text(`Themes: ${s.themes.map((t) => t.name).join(', ')}`, tagged('P'));
  for (const p of m.participants) {
    doc.text(participantWords(p), tagged('P'));
    const pages = pagesOf.get(p.speaker.name) ?? new Set<number>();
    pages.add(currentPage(doc));
    pagesOf.set(p.speaker.name, pages);
  }
  if (clash?.length)
    doc
      .font('bold')
      .text(`CLASH with ${clash.join('; ')}`, tagged('P'))
      .font('regular');
  if (spec.summaries && m.summary) doc.fontSize(9.5).text(m.summary, tagged('P'));
  const note = spec.notes?.get(s.row.id);
  if (note !== undefined) {
    doc.moveDown(0.3);
    doc.font('bold').fontSize(10).text('My notes', tagged('H5'));
    doc.font('regular');
    if (note.trim()) writeMarkdown(doc, note, section, LEFT, WIDTH);
    else doc.font('italic').text('(no notes: starred only)', tagged('P')).font('regular');
  }
  doc.moveDown(0.8);
}

function speakerIndex(doc: Pdf, pagesOf: Map<string, Set<number>>, root: Struct): void {
  doc.addPage();
  const section = doc.struct('Sect');
  root.add(section);
  doc
    .font('bold')
    .fontSize(18)
    .text('Index of speakers', { structParent: section, structType: 'H2' } as PDFKit.Mixins.TextOptions);
  doc.moveDown(0.5).font('regular').fontSize(9.5);
  // by surname (the last word of the name as given), then the whole name
  const surnameFirst = (name: string) => `${name.trim().split(/\s+/).at(-1)} ${name}`;
  const names = [...pagesOf.keys()].sort((a, b) => surnameFirst(a).localeCompare(surnameFirst(b), 'en-GB'));
  if (!names.length)
    doc.text('No speakers are named in this programme.', {
      structParent: section,
      structType: 'P',
    } as PDFKit.Mixins.TextOptions);
  for (const name of names)
    doc.text(`${name}, ${[...pagesOf.get(name)!].sort((a, b) => a - b).join(', ')}`, {
      structParent: section,
      structType: 'P',
      width: WIDTH,
    } as PDFKit.Mixins.TextOptions);
  section.end();
}

/**
 * A printed programme: a cover (name, dates, place, hashtag), one section per day in agenda order,
 * split into the agenda's parts of the day, each session with its clock time only where the programme
 * gives one (else the day part's heading says all that is known), room, type, themes and speakers with
 * their parts; optionally summaries, a delegate's clashes and notes, and an index of speakers. A4,
 * fonts embedded, tagged, black text only.
 */
export async function renderProgrammePdf(spec: PrintSpec): Promise<Buffer> {
  const c = spec.conference;
  const doc = newPdf({
    title: `${c.name}: ${spec.heading}`,
    subject: spec.lines.join(' · '),
    modified: spec.modified,
    runningTitle: `${c.name}: ${spec.heading}`,
  });
  const root = doc.struct('Document');
  doc.addStructure(root);
  const coverSection = doc.struct('Sect');
  root.add(coverSection);
  cover(doc, spec, coverSection);
  coverSection.end();
  const pagesOf = new Map<string, Set<number>>();
  let laidOut = 0;
  const timed = spec.sessions.map((s) => ({ ...timingOf(s.row), sequence: s.position, s }));
  const days: AgendaDay<(typeof timed)[number]>[] = groupAgenda(timed, [...spec.days], c.timezone);
  if (!spec.sessions.length) {
    doc
      .moveDown(2)
      .fontSize(11)
      .text(spec.empty, { structParent: root, structType: 'P' } as PDFKit.Mixins.TextOptions);
  }
  for (const day of days) {
    doc.addPage();
    const section = doc.struct('Sect');
    root.add(section);
    doc.x = LEFT;
    doc
      .font('bold')
      .fontSize(18)
      .text(day.day ? formatDate(day.day) : day.label, {
        structParent: section,
        structType: 'H2',
      } as PDFKit.Mixins.TextOptions);
    doc.moveDown(0.5);
    if (!day.count)
      doc
        .font('regular')
        .fontSize(11)
        .text('No sessions are listed for this day.', {
          structParent: section,
          structType: 'P',
        } as PDFKit.Mixins.TextOptions);
    for (const group of day.groups) {
      keepSpace(doc, 100);
      doc.x = LEFT;
      doc
        .font('bold')
        .fontSize(13)
        .text(group.label, { structParent: section, structType: 'H3' } as PDFKit.Mixins.TextOptions);
      doc.moveDown(0.3);
      for (const t of group.sessions) {
        session(doc, spec, t.s, section, pagesOf);
        if (++laidOut % SESSIONS_BETWEEN_PAUSES === 0) await pause();
      }
    }
    section.end();
  }
  if (spec.speakerIndex) speakerIndex(doc, pagesOf, root);
  root.end();
  return finish(doc);
}
