import type { ConferenceDetailsInput } from '@ncasc/shared/generated';
import type { ComponentChildren, JSX } from 'preact';
import { useState } from 'preact/hooks';
import { asApiError } from '../api';

/**
 * A form the server checks: its refusal goes next to the field it names (`errors`), or above the form
 * (`general`).
 */
export function useCheckedForm() {
  const [errors, setErrors] = useState<DetailsErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (work: () => Promise<void>) => {
    setErrors({});
    setGeneral(null);
    setBusy(true);
    try {
      await work();
    } catch (err) {
      const apiError = asApiError(err);
      if (apiError.field) setErrors({ [apiError.field]: apiError.message });
      else setGeneral(apiError.message);
    } finally {
      setBusy(false);
    }
  };
  return { errors, setErrors, general, busy, submit };
}

/** The form-wide refusal, when the server names no field. */
export function GeneralProblem({ message }: { message: string | null }) {
  return message ? (
    <p class="problem" role="alert">
      {message}
    </p>
  ) : null;
}

/** The conference's details as the form holds them (organisers one per line). */
export interface DetailsFields {
  name: string;
  startsOn: string;
  endsOn: string;
  timezone: string;
  city: string;
  venue: string;
  hashtag: string;
  organisers: string;
}

export type DetailsErrors = Partial<Record<string, string>>;

export const emptyDetails = (): DetailsFields => ({
  name: '',
  startsOn: '',
  endsOn: '',
  timezone: 'Europe/London',
  city: '',
  venue: '',
  hashtag: '',
  organisers: '',
});

export function detailsOf(
  c: {
    name: string;
    startsOn?: string | null;
    endsOn?: string | null;
    timezone: string;
    city?: string | null;
    venue?: string | null;
    hashtag?: string | null;
  },
  organisers: string[],
): DetailsFields {
  return {
    name: c.name,
    startsOn: c.startsOn ?? '',
    endsOn: c.endsOn ?? '',
    timezone: c.timezone,
    city: c.city ?? '',
    venue: c.venue ?? '',
    hashtag: c.hashtag ?? '',
    organisers: organisers.join('\n'),
  };
}

/** The API's input: empty text is "not given". */
export function detailsInput(f: DetailsFields): ConferenceDetailsInput {
  const text = (v: string) => v.trim() || null;
  return {
    ...(f.name.trim() ? { name: f.name.trim() } : {}),
    startsOn: text(f.startsOn),
    endsOn: text(f.endsOn),
    timezone: f.timezone.trim() || 'Europe/London',
    city: text(f.city),
    venue: text(f.venue),
    hashtag: text(f.hashtag),
    organisers: f.organisers
      .split('\n')
      .map((o) => o.trim())
      .filter(Boolean),
  };
}

type Attrs = Pick<JSX.HTMLAttributes<HTMLElement>, 'id' | 'aria-invalid' | 'aria-describedby'>;

/** One labelled field with the server's error for it next to it. */
export function Field({
  id,
  label,
  error,
  hint,
  children,
}: {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  children: (a: Attrs) => ComponentChildren;
}) {
  return (
    <div class={`field${error ? ' has-error' : ''}`}>
      <label for={id}>{label}</label>
      {hint ? <p class="muted field-hint">{hint}</p> : null}
      {children({
        id,
        'aria-invalid': error ? 'true' : undefined,
        'aria-describedby': error ? `${id}-error` : undefined,
      })}
      {error ? (
        <p class="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** The name, dates, zone, place, hashtag and organisers of a conference. */
export function DetailsFieldset({
  prefix,
  fields,
  errors,
  set,
}: {
  prefix: string;
  fields: DetailsFields;
  errors: DetailsErrors;
  set: (key: keyof DetailsFields, value: string) => void;
}) {
  const text = (key: keyof DetailsFields, label: string, type = 'text', hint?: string) => (
    <Field id={`${prefix}-${key}`} label={label} error={errors[key]} hint={hint}>
      {(a) => (
        <input
          {...a}
          type={type}
          value={fields[key]}
          onInput={(e) => set(key, (e.target as HTMLInputElement).value)}
        />
      )}
    </Field>
  );
  return (
    <>
      {text('name', 'Name')}
      <div class="field-row">
        {text('startsOn', 'First day', 'date')}
        {text('endsOn', 'Last day', 'date')}
      </div>
      {text('timezone', 'Time zone', 'text', 'An IANA zone such as Europe/London')}
      <div class="field-row">
        {text('city', 'City')}
        {text('venue', 'Venue')}
      </div>
      {text('hashtag', 'Hashtag')}
      <Field id={`${prefix}-organisers`} label="Organisers" error={errors.organisers} hint="One per line">
        {(a) => (
          <textarea
            {...a}
            rows={3}
            value={fields.organisers}
            onInput={(e) => set('organisers', (e.target as HTMLTextAreaElement).value)}
          />
        )}
      </Field>
    </>
  );
}
