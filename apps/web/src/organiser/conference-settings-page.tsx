import {
  CreateRoomDocument,
  DraftProgrammeDocument,
  type DraftProgrammeQuery,
  RemoveRoomDocument,
  type RoomFieldsFragment,
  UpdateConferenceDocument,
  UpdateRoomDocument,
} from '@ncasc/shared/generated';
import { useState } from 'preact/hooks';
import { asApiError, mutate, useQuery } from '../api';
import { Link } from '../router';
import { Layout, Loading, Problem } from '../ui/layout';
import {
  DetailsFieldset,
  type DetailsFields,
  Field,
  GeneralProblem,
  detailsInput,
  detailsOf,
  useCheckedForm,
} from './conference-details-form';
import { OrganiserOnly } from './organiser-only';

type Draft = DraftProgrammeQuery['draftProgramme'];

export function ConferenceSettingsPage({ slug }: { slug: string }) {
  return (
    <OrganiserOnly title="Conference settings" doing="change a conference’s settings">
      <Settings slug={slug} />
    </OrganiserOnly>
  );
}

function Settings({ slug }: { slug: string }) {
  const state = useQuery(DraftProgrammeDocument, { slug });
  // kept here, not in the form: the saved draft's new details make the form start afresh (its key)
  const [saved, setSaved] = useState<string | null>(null);
  if (state.status === 'loading')
    return (
      <Layout title="Conference settings">
        <Loading />
      </Layout>
    );
  if (state.status === 'error')
    return (
      <Layout title="Conference settings">
        <Problem message={state.error.message} />
      </Layout>
    );
  const draft = state.data.draftProgramme;
  const c = draft.conference;
  return (
    <Layout title={`Conference settings · ${c.name}`}>
      <nav class="breadcrumbs" aria-label="Breadcrumb">
        <Link href={`/conferences/${c.slug}/edit`}>Edit programme</Link>
      </nav>
      <h1>Conference settings</h1>
      <p class="lead">
        {c.name}
        {c.isPublished ? null : <span class="badge badge-unpublished"> Not yet published</span>}
      </p>
      <DetailsForm
        key={JSON.stringify([c, draft.organisers])}
        draft={draft}
        message={saved}
        setMessage={setSaved}
      />
      <Rooms slug={c.slug} rooms={draft.rooms} />
    </Layout>
  );
}

/** The details go into the draft: the public sees them once the programme is published. */
function DetailsForm({
  draft,
  message,
  setMessage,
}: {
  draft: Draft;
  /** What the last save said; it outlives the form, which starts afresh once the saved draft comes back. */
  message: string | null;
  setMessage: (message: string | null) => void;
}) {
  const [fields, setFields] = useState<DetailsFields>(() => detailsOf(draft.conference, draft.organisers));
  const { errors, general, busy, submit } = useCheckedForm();
  const onSubmit = (e: Event) => {
    e.preventDefault();
    setMessage(null);
    return submit(async () => {
      await mutate(UpdateConferenceDocument, { slug: draft.conference.slug, input: detailsInput(fields) });
      setMessage('Saved in the draft: publish the programme to make the new details public.');
    });
  };
  return (
    <section aria-labelledby="details-heading">
      <h2 id="details-heading">Details</h2>
      <div role="status" class="action-status">
        {message ? <p class="status">{message}</p> : null}
      </div>
      <form class="session-form" onSubmit={(e) => void onSubmit(e)} noValidate>
        <GeneralProblem message={general} />
        <DetailsFieldset
          prefix="settings"
          fields={fields}
          errors={errors}
          set={(key, value) => setFields((f) => ({ ...f, [key]: value }))}
        />
        <p>
          <button type="submit" class="button" disabled={busy}>
            Save details
          </button>
        </p>
      </form>
    </section>
  );
}

const capacityOf = (v: string): number | null => (v.trim() ? Number(v) : null);

/** Rooms are the conference's reference data: their changes apply at once. */
function Rooms({ slug, rooms }: { slug: string; rooms: RoomFieldsFragment[] }) {
  const [error, setError] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [capacity, setCapacity] = useState('');
  const run = async (what: () => Promise<unknown>) => {
    setError(null);
    try {
      await what();
      return true;
    } catch (e) {
      setError(asApiError(e).message);
      return false;
    }
  };
  return (
    <section aria-labelledby="rooms-heading">
      <h2 id="rooms-heading">Rooms</h2>
      <GeneralProblem message={error} />
      {rooms.length ? (
        <ul class="editor-sessions">
          {rooms.map((r) => (
            <RoomRow key={`${r.id}-${r.name}-${r.capacity}`} room={r} run={run} />
          ))}
        </ul>
      ) : (
        <p class="muted">No rooms yet.</p>
      )}
      <form
        class="field-row"
        onSubmit={(e) => {
          e.preventDefault();
          void run(() =>
            mutate(CreateRoomDocument, {
              input: { conferenceSlug: slug, name, capacity: capacityOf(capacity) },
            }),
          ).then((ok) => {
            if (!ok) return;
            setName('');
            setCapacity('');
          });
        }}
      >
        <RoomFields
          prefix="room-new"
          label="New room"
          name={name}
          setName={setName}
          capacity={capacity}
          setCapacity={setCapacity}
        />
        <p>
          <button type="submit" class="button secondary">
            Add room
          </button>
        </p>
      </form>
    </section>
  );
}

function RoomRow({
  room,
  run,
}: {
  room: RoomFieldsFragment;
  run: (what: () => Promise<unknown>) => Promise<boolean>;
}) {
  const [name, setName] = useState(room.name);
  const [capacity, setCapacity] = useState(room.capacity === null ? '' : String(room.capacity));
  return (
    <li class="editor-session">
      <form
        class="field-row"
        onSubmit={(e) => {
          e.preventDefault();
          void run(() =>
            mutate(UpdateRoomDocument, { id: room.id, input: { name, capacity: capacityOf(capacity) } }),
          );
        }}
      >
        <RoomFields
          prefix={`room-${room.id}`}
          label="Name"
          name={name}
          setName={setName}
          capacity={capacity}
          setCapacity={setCapacity}
        />
        <p class="editor-actions">
          <button type="submit" class="button secondary small">
            Save<span class="visually-hidden"> {room.name}</span>
          </button>
          <button
            type="button"
            class="button secondary small danger"
            onClick={() => void run(() => mutate(RemoveRoomDocument, { id: room.id }))}
          >
            Remove<span class="visually-hidden"> {room.name}</span>
          </button>
        </p>
      </form>
    </li>
  );
}

function RoomFields(p: {
  prefix: string;
  label: string;
  name: string;
  setName: (v: string) => void;
  capacity: string;
  setCapacity: (v: string) => void;
}) {
  return (
    <>
      <Field id={`${p.prefix}-name`} label={p.label}>
        {(a) => (
          <input {...a} value={p.name} onInput={(e) => p.setName((e.target as HTMLInputElement).value)} />
        )}
      </Field>
      <Field id={`${p.prefix}-capacity`} label="Seats">
        {(a) => (
          <input
            {...a}
            inputMode="numeric"
            value={p.capacity}
            onInput={(e) => p.setCapacity((e.target as HTMLInputElement).value)}
          />
        )}
      </Field>
    </>
  );
}
