import { DAY_PART_LABELS, type SessionTiming, TimePrecision } from '@ncasc/shared';
import { useEffect, useState } from 'preact/hooks';
import type { NowAndNext } from './now-next';
import { Link } from '../router';
import { clockTime } from './session-row';

/** The device's clock, read again every half minute while the page is open. */
export function useNow(everyMs = 30_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

type Item = SessionTiming & { id: string; title: string; room: { name: string } | null };

function timeOf(s: Item, timeZone: string, zone: string): string {
  if (s.timePrecision === TimePrecision.EXACT && s.startsAt) return `${clockTime(s, timeZone)} ${zone}`;
  return s.dayPart ? `This ${DAY_PART_LABELS[s.dayPart]}, no clock time given` : '';
}

function Items({ list, timeZone, zone }: { list: Item[]; timeZone: string; zone: string }) {
  return (
    <ul class="now-next-list">
      {list.map((s) => (
        <li key={s.id}>
          <Link href={`/sessions/${s.id}`}>{s.title}</Link>
          <span class="muted">
            {' '}
            · {timeOf(s, timeZone, zone)}
            {s.room ? ` · ${s.room.name}` : ''}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** "Now and next" on a conference day: what is on, and what starts soonest after. */
export function NowNext<T extends Item>({
  value,
  timeZone,
  slug,
}: {
  value: NowAndNext<T>;
  timeZone: string;
  slug: string;
}) {
  const zone = value.zone;
  return (
    <section class="now-next" aria-labelledby="now-next">
      <h2 id="now-next">Now and next</h2>
      <p class="muted">
        At <time>{value.at}</time>, by this device’s clock.
      </p>
      <h3>Now</h3>
      {value.now.length ? (
        <Items list={value.now} timeZone={timeZone} zone={zone} />
      ) : (
        <p>Nothing on the programme is running now.</p>
      )}
      <h3>Next{value.next ? `, ${value.next.when}` : ''}</h3>
      {value.next ? (
        <Items list={value.next.sessions} timeZone={timeZone} zone={zone} />
      ) : (
        <p>Nothing else on the programme starts today.</p>
      )}
      <p>
        <Link href={`/conferences/${slug}/now`}>Room by room, in large type</Link> (for the venue’s screens)
      </p>
    </section>
  );
}
