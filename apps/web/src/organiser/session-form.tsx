import {
  DAY_PART_LABELS,
  DAY_PART_ORDER,
  DayPart,
  SESSION_TYPE_LABELS,
  SessionType,
  TimePrecision,
} from '@ncasc/shared';
import {
  CreateSessionDocument,
  type DraftProgrammeQuery,
  type DraftSessionFieldsFragment,
  UpdateSessionDocument,
} from '@ncasc/shared/generated';
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { asApiError, mutate } from '../api';
import { type SessionFields, emptyFields, fieldsOf, sessionInput } from '../programme/session-input';

type Conference = DraftProgrammeQuery['draftProgramme']['conference'];

const TIMING_LABELS: Record<TimePrecision, string> = {
  [TimePrecision.EXACT]: 'Exact time',
  [TimePrecision.DAY_PART]: 'Part of a day',
  [TimePrecision.DAY]: 'Day only',
  [TimePrecision.UNKNOWN]: 'Not known',
};

/** The API's input fields, by the form field that shows their errors. */
const FIELD_OF: Record<string, keyof SessionFields> = {
  title: 'title',
  type: 'type',
  timePrecision: 'timePrecision',
  day: 'day',
  dayPart: 'dayPart',
  startsAt: 'start',
  endsAt: 'end',
  room: 'room',
  speakers: 'speakers',
  summary: 'summary',
};

/** Adds a session to the draft, or edits one of its sessions. */
export function SessionForm({
  conference,
  rooms,
  session,
  onCancel,
  onSaved,
}: {
  conference: Conference;
  rooms: string[];
  session?: DraftSessionFieldsFragment;
  onCancel: () => void;
  onSaved: (s: DraftSessionFieldsFragment) => void;
}) {
  const tz = conference.timezone;
  const [fields, setFields] = useState<SessionFields>(() =>
    session ? fieldsOf(session, tz) : emptyFields(conference.days[0] ?? ''),
  );
  const [errors, setErrors] = useState<Partial<Record<keyof SessionFields, string>>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const prefix = session ? `edit-${session.id}` : 'new-session';
  const set = <K extends keyof SessionFields>(key: K, value: SessionFields[K]) =>
    setFields((f) => ({ ...f, [key]: value }));

  const onSubmit = async (e: Event) => {
    e.preventDefault();
    setGeneral(null);
    setErrors({});
    const built = sessionInput(fields, tz, session);
    if ('field' in built) {
      setErrors({ [FIELD_OF[built.field] ?? 'title']: built.message });
      return;
    }
    setBusy(true);
    try {
      const saved = session
        ? (await mutate(UpdateSessionDocument, { id: session.id, input: built.input })).updateSession
        : (
            await mutate(CreateSessionDocument, {
              input: { ...built.input, conferenceSlug: conference.slug },
            })
          ).createSession;
      onSaved(saved);
    } catch (err) {
      const a = asApiError(err);
      const field = a.field ? FIELD_OF[a.field] : undefined;
      if (field) setErrors({ [field]: a.message });
      else setGeneral(a.message);
      setBusy(false);
    }
  };

  const field = (
    key: keyof SessionFields,
    label: string,
    control: (a: ControlAttrs) => ComponentChildren,
  ) => {
    const id = `${prefix}-${key}`;
    const err = errors[key];
    return (
      <div class={`field${err ? ' has-error' : ''}`}>
        <label for={id}>{label}</label>
        {control({
          id,
          'aria-invalid': err ? 'true' : undefined,
          'aria-describedby': err ? `${id}-error` : undefined,
        })}
        {err ? (
          <p class="field-error" id={`${id}-error`} role="alert">
            {err}
          </p>
        ) : null}
      </div>
    );
  };
  const p = fields.timePrecision;
  const days = conference.days;
  return (
    <form class="session-form" onSubmit={(e) => void onSubmit(e)} noValidate>
      {general ? (
        <p class="problem" role="alert">
          {general}
        </p>
      ) : null}
      {field('title', 'Title', (a) => (
        <input {...a} type="text" value={fields.title} onInput={(e) => set('title', e.currentTarget.value)} />
      ))}
      <div class="field-row">
        {field('type', 'Type', (a) => (
          <select
            {...a}
            value={fields.type}
            onChange={(e) => set('type', e.currentTarget.value as SessionType | '')}
          >
            <option value="">Not stated</option>
            {Object.values(SessionType).map((t) => (
              <option key={t} value={t}>
                {SESSION_TYPE_LABELS[t]}
              </option>
            ))}
          </select>
        ))}
        {field('timePrecision', 'Timing', (a) => (
          <select
            {...a}
            value={p}
            onChange={(e) => set('timePrecision', e.currentTarget.value as TimePrecision)}
          >
            {Object.values(TimePrecision).map((t) => (
              <option key={t} value={t}>
                {TIMING_LABELS[t]}
              </option>
            ))}
          </select>
        ))}
      </div>
      {p !== TimePrecision.UNKNOWN ? (
        <div class="field-row">
          {field('day', 'Day', (a) => (
            <input
              {...a}
              type="date"
              min={days[0]}
              max={days[days.length - 1]}
              list={days.length ? `${prefix}-days` : undefined}
              value={fields.day}
              onInput={(e) => set('day', e.currentTarget.value)}
            />
          ))}
          {p === TimePrecision.DAY_PART
            ? field('dayPart', 'Part of day', (a) => (
                <select
                  {...a}
                  value={fields.dayPart}
                  onChange={(e) => set('dayPart', e.currentTarget.value as DayPart | '')}
                >
                  <option value="">Choose…</option>
                  {DAY_PART_ORDER.map((d) => (
                    <option key={d} value={d}>
                      {DAY_PART_LABELS[d][0].toUpperCase() + DAY_PART_LABELS[d].slice(1)}
                    </option>
                  ))}
                </select>
              ))
            : null}
          {days.length ? (
            <datalist id={`${prefix}-days`}>
              {days.map((d) => (
                <option key={d} value={d} />
              ))}
            </datalist>
          ) : null}
        </div>
      ) : null}
      {p === TimePrecision.EXACT ? (
        <div class="field-row">
          {field('start', 'Starts (UK time)', (a) => (
            <input
              {...a}
              type="time"
              value={fields.start}
              onInput={(e) => set('start', e.currentTarget.value)}
            />
          ))}
          {field('end', 'Ends (UK time)', (a) => (
            <input {...a} type="time" value={fields.end} onInput={(e) => set('end', e.currentTarget.value)} />
          ))}
        </div>
      ) : null}
      {field('room', 'Room', (a) => (
        <>
          <input
            {...a}
            type="text"
            list={`${prefix}-rooms`}
            value={fields.room}
            onInput={(e) => set('room', e.currentTarget.value)}
          />
          <datalist id={`${prefix}-rooms`}>
            {rooms.map((r) => (
              <option key={r} value={r} />
            ))}
          </datalist>
        </>
      ))}
      {field('speakers', 'Speakers (names, separated by commas)', (a) => (
        <input
          {...a}
          type="text"
          value={fields.speakers}
          onInput={(e) => set('speakers', e.currentTarget.value)}
        />
      ))}
      {field('summary', 'Summary', (a) => (
        <textarea
          {...a}
          rows={3}
          value={fields.summary}
          onInput={(e) => set('summary', e.currentTarget.value)}
        />
      ))}
      <div class="editor-actions">
        <button type="submit" class="button" disabled={busy}>
          {session ? 'Save changes' : 'Add session'}
        </button>
        <button type="button" class="button secondary" onClick={onCancel}>
          Close form
        </button>
      </div>
    </form>
  );
}

interface ControlAttrs {
  id: string;
  'aria-invalid': 'true' | undefined;
  'aria-describedby': string | undefined;
}
