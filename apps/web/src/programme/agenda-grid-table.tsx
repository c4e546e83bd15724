import { SessionStatus } from '@ncasc/shared';
import type { SessionRowFragment } from '@ncasc/shared/generated';
import { buildAgendaGrid } from './agenda-grid';
import { Link } from '../router';
import { SpeakerList, TypeBadge, clockTime } from './session-row';
import { StarButton } from '../schedule/star-button';

/**
 * One day's clock-time sessions as a table of rooms by time (a screen reader reads each session with
 * its room and start), for wide screens; scrolls sideways inside its own box when the rooms do not fit.
 * Sessions without a clock time are the caller's to list.
 */
export function AgendaGridTable({
  sessions,
  timeZone,
  zone,
  caption,
}: {
  sessions: SessionRowFragment[];
  timeZone: string;
  /** "GMT" */
  zone: string;
  caption: string;
}) {
  const grid = buildAgendaGrid(sessions, timeZone);
  if (!grid.rows.length) return null;
  return (
    <div class="grid-scroll" role="region" aria-label={caption} tabIndex={0}>
      {/* a room column stays readable: the box scrolls sideways when they do not all fit */}
      <table
        class="agenda-grid"
        style={{ minWidth: `${5.5 + 11 * grid.columns.reduce((n, c) => n + c.lanes, 0)}rem` }}
      >
        <caption class="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" class="grid-time">
              Time <span class="zone">({zone})</span>
            </th>
            {grid.columns.map((c) => (
              <th scope="col" key={c.room ?? ''} colSpan={c.lanes > 1 ? c.lanes : undefined}>
                {c.room ?? 'Room not given'}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.rows.map((r) => (
            <tr key={r.from}>
              <th scope="row" class="grid-time">
                {r.label}
              </th>
              {r.cells.map((cell) =>
                cell.kind === 'empty' ? (
                  <td key={cell.lane} class="grid-empty" />
                ) : (
                  <td key={cell.lane} rowSpan={cell.rowSpan > 1 ? cell.rowSpan : undefined}>
                    <GridSession session={cell.session} timeZone={timeZone} zone={zone} />
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function GridSession({
  session: s,
  timeZone,
  zone,
}: {
  session: SessionRowFragment;
  timeZone: string;
  zone: string;
}) {
  const cancelled = s.status === SessionStatus.CANCELLED;
  return (
    <div class={`grid-session${cancelled ? ' cancelled' : ''}`} data-session-id={s.id}>
      <h4 class="session-title">
        <Link href={`/sessions/${s.id}`}>{s.title}</Link>
      </h4>
      <p class="session-meta">
        <time dateTime={s.startsAt ?? undefined}>
          {clockTime(s, timeZone)} {zone}
        </time>
        <TypeBadge type={s.type} />
        {cancelled ? <span class="badge badge-cancelled">Cancelled</span> : null}
      </p>
      <SpeakerList participants={s.participants} />
      <StarButton session={s} />
    </div>
  );
}
