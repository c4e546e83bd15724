import { timingOf } from '../sessions/agenda-order';
import {
  describeTiming,
  formatDateRange,
  SESSION_TYPE_LABELS,
  SessionStatus,
  SpeakerRole,
} from '@ncasc/shared';
import type { ConferenceEntity } from '../conferences/conference.entity';
import type { SessionEntity } from '../sessions/session.entity';

export interface ExportedNote {
  body: string;
  session: Pick<
    SessionEntity,
    'title' | 'type' | 'status' | 'timePrecision' | 'day' | 'dayPart' | 'startsAt' | 'endsAt'
  >;
  speakers: { name: string; role: SpeakerRole }[];
}

/** One line of Markdown text: no heading or list syntax can start it, no line break can end it. */
const inline = (text: string): string =>
  text
    .replace(/\s+/g, ' ')
    .replace(/^([#>*+-]|\d+\.)/, '\\$1')
    .trim();

/**
 * The write-up a delegate takes home: one Markdown document, sessions in agenda order, each under its
 * title, with its time (never more precise than the programme) and speakers as a sub-heading.
 */
export function notesToMarkdown(
  conference: Pick<ConferenceEntity, 'name' | 'startsOn' | 'endsOn' | 'city' | 'venue' | 'timezone'>,
  notes: ExportedNote[],
  meta: { userName: string; exportedAt: Date },
): string {
  const place = [conference.venue, conference.city].filter(Boolean).join(', ');
  const lines = [
    `# My notes: ${inline(conference.name)}`,
    '',
    `${formatDateRange(conference.startsOn, conference.endsOn)}${place ? ` · ${place}` : ''}`,
    '',
    `Notes by ${inline(meta.userName)}, exported ${meta.exportedAt.toISOString().slice(0, 10)}. ${notes.length} ${notes.length === 1 ? 'session' : 'sessions'}.`,
  ];
  if (!notes.length) lines.push('', '_No notes yet._');
  for (const { body, session, speakers } of notes) {
    const when = describeTiming(timingOf(session), conference.timezone);
    const who = speakers
      .map((s) => (s.role === SpeakerRole.SPEAKER ? s.name : `${s.name} (${s.role.toLowerCase()})`))
      .join(', ');
    const cancelled = session.status === SessionStatus.CANCELLED ? ' (cancelled)' : '';
    lines.push(
      '',
      `## ${inline(session.title)}${cancelled}`,
      '',
      `### ${[when, session.type && SESSION_TYPE_LABELS[session.type], who && inline(who)].filter(Boolean).join(' · ')}`,
      '',
      body.trim() || '_(empty note)_',
    );
  }
  return `${lines.join('\n')}\n`;
}
