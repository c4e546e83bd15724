import { ConferenceSeries, SERIES_NAMES } from '@ncasc/shared';
import { ConferencesDocument, CreateConferenceDocument } from '@ncasc/shared/generated';
import { useState } from 'preact/hooks';
import { mutate, useQuery } from '../api';
import { Link, navigate } from '../router';
import { Layout } from '../ui/layout';
import {
  DetailsFieldset,
  type DetailsFields,
  Field,
  GeneralProblem,
  detailsInput,
  emptyDetails,
  useCheckedForm,
} from './conference-details-form';
import { OrganiserOnly } from './organiser-only';

export function NewConferencePage() {
  return (
    <OrganiserOnly title="New conference" doing="create a conference">
      <NewConferenceForm />
    </OrganiserOnly>
  );
}

/** A new edition: series and year give its address; copy-from brings another edition's rooms and themes. */
function NewConferenceForm() {
  const list = useQuery(ConferencesDocument, {});
  const slugs = list.status === 'ready' ? list.data.conferences.map((c) => c.slug) : [];
  const [series, setSeries] = useState<ConferenceSeries>(ConferenceSeries.NCASC);
  const [year, setYear] = useState(String(new Date().getFullYear() + 1));
  const [copyFrom, setCopyFrom] = useState('');
  const [fields, setFields] = useState<DetailsFields>(emptyDetails);
  const { errors, setErrors, general, busy, submit } = useCheckedForm();

  const onSubmit = (e: Event) => {
    e.preventDefault();
    if (!/^\d{4}$/.test(year.trim())) {
      setErrors({ year: 'Give the year as four digits, e.g. 2027' });
      return;
    }
    return submit(async () => {
      const { createConference } = await mutate(CreateConferenceDocument, {
        input: {
          ...detailsInput(fields),
          series,
          year: Number(year),
          ...(copyFrom ? { copyFrom } : {}),
        },
      });
      navigate(`/conferences/${createConference.slug}/edit`);
    });
  };

  return (
    <Layout title="New conference">
      <nav class="breadcrumbs" aria-label="Breadcrumb">
        <Link href="/">All conferences</Link>
      </nav>
      <h1>New conference</h1>
      <p class="lead">
        A new edition stays unpublished, seen only by organisers, until you first publish its programme.
      </p>
      <form class="session-form" onSubmit={(e) => void onSubmit(e)} noValidate>
        <GeneralProblem message={general} />
        <div class="field-row">
          <Field id="new-series" label="Series" error={errors.series}>
            {(a) => (
              <select
                {...a}
                value={series}
                onChange={(e) => setSeries((e.target as HTMLSelectElement).value as ConferenceSeries)}
              >
                {[ConferenceSeries.NCASC, ConferenceSeries.ADCS].map((s) => (
                  <option key={s} value={s}>
                    {SERIES_NAMES[s]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="new-year" label="Year" error={errors.year}>
            {(a) => (
              <input
                {...a}
                inputMode="numeric"
                value={year}
                onInput={(e) => setYear((e.target as HTMLInputElement).value)}
              />
            )}
          </Field>
        </div>
        <DetailsFieldset
          prefix="new"
          fields={fields}
          errors={errors}
          set={(key, value) => setFields((f) => ({ ...f, [key]: value }))}
        />
        <Field
          id="new-copyFrom"
          label="Copy rooms and themes from"
          error={errors.copyFrom}
          hint="Nothing else is copied: no sessions, speakers or write-ups"
        >
          {(a) => (
            <select
              {...a}
              value={copyFrom}
              onChange={(e) => setCopyFrom((e.target as HTMLSelectElement).value)}
            >
              <option value="">Nothing: start empty</option>
              {slugs.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          )}
        </Field>
        <p>
          <button type="submit" class="button" disabled={busy}>
            Create conference
          </button>
        </p>
      </form>
    </Layout>
  );
}
