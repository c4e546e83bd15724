import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { SearchKind } from '../search.service';

registerEnumType(SearchKind, {
  name: 'SearchKind',
  description: 'What a search hit is',
  valuesMap: {
    SESSION: { description: 'A session of a published programme' },
    SPEAKER: { description: 'A speaker named in a published programme' },
    ROUNDUP: { description: 'A published write-up (drafts too, for staff and organisers)' },
    NOTE: { description: 'One of your own notes (signed in only)' },
  },
});

@ObjectType('SearchHit', { description: 'One search result' })
export class SearchHitModel {
  @Field(() => SearchKind, { description: 'What the hit is' }) kind!: SearchKind;
  @Field(() => ID, { description: "The session, speaker or write-up; for a note, the note's session" })
  id!: string;
  @Field({ description: "Session title, speaker's name or write-up title; for a note, its session's title" })
  title!: string;
  @Field({
    description:
      'HTML-safe: the matching passage, escaped, with the matched words in <mark>…</mark> (no other tags)',
  })
  snippet!: string;
  @Field({
    description: 'Where the hit is read: /sessions/ID, /speakers/ID, /roundups/ID, or /sessions/ID#notes',
  })
  url!: string;
  @Field({
    description:
      'Its place in the ranking: pass it as `after`, with the same query and filters, for the hits after it',
  })
  cursor!: string;
  conferenceId!: string | null;
}
