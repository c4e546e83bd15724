import { ConferenceNameDocument } from '@ncasc/shared/generated';
import { useQuery } from '../api';
import { useSearch } from '../router';
import { whenLoaded } from '../ui/layout';
import { RoundupEditor } from './roundup-editor';
import { StaffOnly } from './staff-only';

/** /roundups/new?conference=ncasc-2018 */
export function NewRoundupPage() {
  const slug = new URLSearchParams(useSearch()).get('conference') ?? '';
  return <StaffOnly title="Write a round-up">{() => <NewRoundup slug={slug} />}</StaffOnly>;
}

function NewRoundup({ slug }: { slug: string }) {
  const state = useQuery(ConferenceNameDocument, { slug });
  const loaded = whenLoaded(
    state,
    (d) => d.conference,
    'conference',
    slug ? `There is no conference called “${slug}”.` : 'Choose a conference to write a round-up of.',
  );
  if ('page' in loaded) return loaded.page;
  return <RoundupEditor conference={loaded.value} />;
}
