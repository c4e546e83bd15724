import { MarkScheduleChangesSeenDocument, MyScheduleChangesDocument } from '@ncasc/shared/generated';
import { useState } from 'preact/hooks';
import { asApiError, mutate, useQuery } from '../api';
import {
  CHANGE_KIND_LABELS,
  changeDetail,
  describeVersion,
  formatInstant,
} from '../programme/change-wording';
import { programmeWatch } from '../offline/programme';
import { Link } from '../router';

/**
 * My schedule's "changed since you last looked": each published version's changes to the sessions the
 * delegate starred (moved, retimed, cancelled, retitled…), until they mark them seen. Nothing when
 * nothing changed (or the answer cannot be had: the rest of the page still works).
 */
export function ScheduleChanges({ slug }: { slug: string }) {
  const state = useQuery(MyScheduleChangesDocument, { conferenceSlug: slug });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [seen, setSeen] = useState(false);
  const changes = state.status === 'ready' ? state.data.myScheduleChanges : null;
  if (!changes?.versions.length)
    // said where the list was, for a screen reader whose focus was on the button that went with it
    return seen ? (
      <p role="status" class="muted">
        Marked as seen. Later changes to your starred sessions will show here.
      </p>
    ) : null;
  const { versions, conference } = changes;
  const count = versions.reduce((n, v) => n + v.changes.length, 0);
  const markSeen = async () => {
    setBusy(true);
    setError(null);
    try {
      // up to the newest version shown: one published meanwhile stays to be seen
      await mutate(MarkScheduleChangesSeenDocument, {
        conferenceSlug: slug,
        upToVersion: versions[0].number,
      });
      setSeen(true);
      // the banner "Programme updated — see what changed" says the same of these versions: seen too
      // (not of a newer one, which may change sessions the delegate did not star)
      const notice = programmeWatch.notice;
      if (notice?.slug === slug && notice.version <= versions[0].number) programmeWatch.acknowledge(slug);
    } catch (e) {
      setError(`Could not mark them seen: ${asApiError(e).message}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="schedule-changes" aria-labelledby="schedule-changes-heading">
      <h2 id="schedule-changes-heading">
        Changed since you last looked{' '}
        <span class="count">
          — {count} {count === 1 ? 'change' : 'changes'}
        </span>
      </h2>
      {versions.map((v) => (
        <div key={v.number} class="schedule-changes-version">
          <h3>{describeVersion(v, (iso) => formatInstant(iso, conference.timezone))}</h3>
          <ul class="change-list">
            {v.changes.map((c, i) => {
              const detail = changeDetail(c);
              return (
                <li key={`${c.session?.id ?? ''}-${c.kind}-${i}`} data-kind={c.kind}>
                  <strong>{CHANGE_KIND_LABELS[c.kind]}:</strong>{' '}
                  {c.session ? <Link href={`/sessions/${c.session.id}`}>{c.session.title}</Link> : null}
                  {detail ? ` — ${detail}` : ''}
                </li>
              );
            })}
          </ul>
        </div>
      ))}
      <p>
        <button type="button" class="button secondary" disabled={busy} onClick={() => void markSeen()}>
          Mark as seen
        </button>
      </p>
      {error ? (
        <p role="alert" class="field-error">
          {error}
        </p>
      ) : null}
    </section>
  );
}
