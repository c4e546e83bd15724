import { decodeSheet } from '@ncasc/shared';
import {
  ConferenceNameDocument,
  type ImportFormat,
  ImportProgrammeDocument,
  type ImportProgrammeMutation,
} from '@ncasc/shared/generated';
import { useState } from 'preact/hooks';
import { asApiError, mutate, useQuery } from '../api';
import { Link } from '../router';
import { Layout, whenLoaded } from '../ui/layout';
import { OrganiserOnly } from './organiser-only';
import { FieldError } from '../ui/field-error';

type Report = ImportProgrammeMutation['importProgramme'];

const FORMATS: Record<string, ImportFormat> = {
  csv: 'CSV',
  txt: 'CSV',
  xlsx: 'XLSX',
  xml: 'FRAB_XML',
  json: 'SCHEDULE_JSON',
};
const FORMAT_NAMES: Record<ImportFormat, string> = {
  CSV: 'CSV sheet',
  XLSX: 'Excel workbook',
  FRAB_XML: 'frab schedule XML',
  SCHEDULE_JSON: 'schedule JSON (pretalx, c3voc)',
};

/** A file as the API takes it: sheets decoded here (UTF-8 or Windows-1252), workbooks as base64. */
async function fileContent(file: File, format: ImportFormat): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (format !== 'XLSX') return decodeSheet(bytes);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** /conferences/:slug/import */
export function ImportProgrammePage({ slug }: { slug: string }) {
  return (
    <OrganiserOnly title="Import a programme" doing="import a programme">
      <ImportProgramme slug={slug} />
    </OrganiserOnly>
  );
}

function ImportProgramme({ slug }: { slug: string }) {
  const state = useQuery(ConferenceNameDocument, { slug });
  const [file, setFile] = useState<{ name: string; format: ImportFormat; content: string } | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const loaded = whenLoaded(
    state,
    (d) => d.conference,
    'conference',
    `There is no conference called “${slug}”.`,
  );
  if ('page' in loaded) return loaded.page;
  const c = loaded.value;

  const run = async (dryRun: boolean, chosen = file) => {
    if (!chosen) return;
    setBusy(true);
    setError(null);
    try {
      const r = await mutate(
        ImportProgrammeDocument,
        { input: { conferenceSlug: c.slug, format: chosen.format, content: chosen.content, dryRun } },
        { invalidates: !dryRun },
      );
      setReport(r.importProgramme);
    } catch (e) {
      setError(asApiError(e).message);
    } finally {
      setBusy(false);
    }
  };
  const onPick = async (input: HTMLInputElement) => {
    setReport(null);
    setError(null);
    const picked = input.files?.[0];
    if (!picked) return setFile(null);
    const format = FORMATS[picked.name.split('.').pop()?.toLowerCase() ?? ''];
    if (!format) {
      setFile(null);
      return setError('Choose a .csv, .xlsx, .xml or .json file.');
    }
    const chosen = { name: picked.name, format, content: await fileContent(picked, format) };
    setFile(chosen);
    await run(true, chosen);
  };
  const changes = report ? report.added.length + report.updated.length + report.removed.length : 0;

  return (
    <Layout title={`Import a programme · ${c.name}`}>
      <nav class="breadcrumbs" aria-label="Breadcrumb">
        <Link href={`/conferences/${c.slug}`}>{c.name}</Link> ›{' '}
        <Link href={`/conferences/${c.slug}/edit`}>Edit programme</Link>
      </nav>
      <h1>Import a programme</h1>
      <p class="lead">{c.name}</p>
      <p class="muted">
        The file’s sessions go into the draft, to be checked and published from the editor. Importing a
        corrected file again updates the sessions it matched, so delegates’ stars and notes stay on them.
        Start from the{' '}
        <a href="/programme-template.csv" download>
          CSV template
        </a>
        ; the columns are in the organisers’ guide.
      </p>
      <div class={`field${error ? ' has-error' : ''}`}>
        <label for="import-file">Programme file</label>
        <p class="hint" id="import-file-hint">
          A CSV or Excel sheet, a frab schedule XML or a schedule JSON. Nothing changes until you confirm.
        </p>
        <FieldError id="import-file-error" message={error} />
        <input
          id="import-file"
          type="file"
          accept=".csv,.xlsx,.xml,.json,text/csv,application/json,application/xml"
          aria-describedby={error ? 'import-file-hint import-file-error' : 'import-file-hint'}
          disabled={busy}
          onChange={(e) => void onPick(e.currentTarget)}
        />
      </div>
      {file ? <p class="muted">{`${file.name}: ${FORMAT_NAMES[file.format]}`}</p> : null}
      <div role="status" class="action-status">
        {busy ? <p class="status">Reading the file…</p> : null}
        {report?.applied ? (
          <p class="status">
            Imported into the draft: {report.added.length} added, {report.updated.length} updated,{' '}
            {report.removed.length} removed.{' '}
            <Link href={`/conferences/${c.slug}/edit`}>Review and publish</Link>
          </p>
        ) : null}
      </div>
      {report ? <ImportPreview report={report} /> : null}
      {report && !report.applied && !report.problems.length ? (
        changes ? (
          <button type="button" class="button" disabled={busy} onClick={() => void run(false)}>
            Import into the draft
          </button>
        ) : (
          <p class="status">Nothing to change: the draft already has this programme.</p>
        )
      ) : null}
    </Layout>
  );
}

function ImportPreview({ report }: { report: Report }) {
  const rows = [
    ...report.added.map((s) => ({ what: 'Added', ...s })),
    ...report.updated.map((s) => ({ what: 'Updated', ...s })),
    ...report.removed.map((s) => ({ what: 'Removed', ...s })),
  ];
  return (
    <section aria-labelledby="import-preview">
      <h2 id="import-preview">{report.applied ? 'What was imported' : 'Preview'}</h2>
      {report.problems.length ? (
        <>
          <p class="problem" role="alert">
            {report.problems.length === 1 ? 'One problem' : `${report.problems.length} problems`} to fix in
            the file first; nothing has changed.
          </p>
          <table class="import-table">
            <caption class="visually-hidden">Problems</caption>
            <thead>
              <tr>
                <th scope="col">Where</th>
                <th scope="col">Problem</th>
              </tr>
            </thead>
            <tbody>
              {report.problems.map((p, i) => (
                <tr key={i}>
                  <td>
                    {p.row !== null && p.row !== undefined ? `Row ${p.row}` : (p.event ?? 'File')}
                    {p.column ? `, ${p.column}` : ''}
                  </td>
                  <td>{p.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
      <p>
        {rows.length ? `${rows.length} ${rows.length === 1 ? 'change' : 'changes'}` : 'No changes'},{' '}
        {report.unchanged} unchanged.
      </p>
      {rows.length ? (
        <table class="import-table">
          <caption class="visually-hidden">Changes to the draft</caption>
          <thead>
            <tr>
              <th scope="col">Change</th>
              <th scope="col">Session</th>
              <th scope="col">Day</th>
              <th scope="col">Details</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.what}-${r.key}`}>
                <td>{r.what}</td>
                <td>{r.title}</td>
                <td>{r.day ?? '—'}</td>
                <td>{r.changes.join('; ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
