import { RoundupForEditDocument } from '@ncasc/shared/generated';
import { useQuery } from '../api';
import { whenLoaded } from '../ui/layout';
import { RoundupEditor } from './roundup-editor';
import { StaffOnly } from './staff-only';

/** /roundups/:id/edit */
export function EditRoundupPage({ id }: { id: string }) {
  return <StaffOnly title="Edit round-up">{() => <EditRoundup id={id} />}</StaffOnly>;
}

function EditRoundup({ id }: { id: string }) {
  const state = useQuery(RoundupForEditDocument, { id });
  const loaded = whenLoaded(state, (d) => d.roundup, 'round-up');
  if ('page' in loaded) return loaded.page;
  const r = loaded.value;
  return <RoundupEditor key={r.id} conference={r.conference} roundup={r} />;
}
