/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { ConferenceSeries } from '../enums';
import type { SessionType } from '../enums';
import type { TimePrecision } from '../enums';
import type { DayPart } from '../enums';
import type { SessionStatus } from '../enums';
import type { SpeakerRole } from '../enums';
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export { ConferenceSeries };

export { DayPart };

export { SessionStatus };

export { SessionType };

export { SpeakerRole };

export { TimePrecision };

export type SessionRowFragment = { id: string, title: string, type: SessionType, status: SessionStatus, timePrecision: TimePrecision, day: string | null, dayPart: DayPart | null, startsAt: string | null, endsAt: string | null, when: string, room: { name: string } | null, tracks: Array<{ slug: string, name: string }>, participants: Array<{ role: SpeakerRole, speaker: { id: string, name: string } }> };

export type ConferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type ConferencesQuery = { conferences: Array<{ slug: string, name: string, series: ConferenceSeries, year: number, city: string | null, venue: string | null, startsOn: string | null, endsOn: string | null, hashtag: string | null }> };

export type AgendaQueryVariables = Exact<{
  slug: string;
}>;


export type AgendaQuery = { conference: { slug: string, name: string, series: ConferenceSeries, year: number, city: string | null, venue: string | null, startsOn: string | null, endsOn: string | null, timezone: string, hashtag: string | null, days: Array<string>, leftEmpty: Array<string>, organisers: Array<{ name: string }>, sessions: Array<{ id: string, title: string, type: SessionType, status: SessionStatus, timePrecision: TimePrecision, day: string | null, dayPart: DayPart | null, startsAt: string | null, endsAt: string | null, when: string, room: { name: string } | null, tracks: Array<{ slug: string, name: string }>, participants: Array<{ role: SpeakerRole, speaker: { id: string, name: string } }> }>, roundups: Array<{ id: string, title: string, author: string | null, publication: string | null, publishedOn: string | null }> } | null };

export type SessionQueryVariables = Exact<{
  id: string;
}>;


export type SessionQuery = { session: { summary: string | null, sourceEvidence: string | null, id: string, title: string, type: SessionType, status: SessionStatus, timePrecision: TimePrecision, day: string | null, dayPart: DayPart | null, startsAt: string | null, endsAt: string | null, when: string, conference: { slug: string, name: string, timezone: string, venue: string | null, city: string | null }, participants: Array<{ role: SpeakerRole, capacity: string | null, speaker: { id: string, name: string, honorifics: Array<string>, role: string | null, organisation: string | null } }>, sourceRoundup: { id: string, title: string, publication: string | null } | null, roundups: Array<{ id: string, title: string }>, room: { name: string } | null, tracks: Array<{ slug: string, name: string }> } | null };

export type SpeakerQueryVariables = Exact<{
  id: string;
}>;


export type SpeakerQuery = { speaker: { id: string, name: string, honorifics: Array<string>, role: string | null, organisation: string | null, appearances: Array<{ role: SpeakerRole, capacity: string | null, session: { id: string, title: string, type: SessionType, status: SessionStatus, timePrecision: TimePrecision, day: string | null, dayPart: DayPart | null, startsAt: string | null, endsAt: string | null, when: string, conference: { slug: string, name: string, year: number }, room: { name: string } | null, tracks: Array<{ slug: string, name: string }>, participants: Array<{ role: SpeakerRole, speaker: { id: string, name: string } }> } }>, roundups: Array<{ id: string, title: string, conference: { slug: string, name: string } }> } | null };

export type RoundupQueryVariables = Exact<{
  id: string;
}>;


export type RoundupQuery = { roundup: { id: string, title: string, author: string | null, publishedOn: string | null, publication: string | null, sourceFile: string | null, bodyHtml: string, conference: { slug: string, name: string }, sessions: Array<{ id: string, title: string, when: string }>, speakers: Array<{ id: string, name: string }> } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const SessionRowFragmentDoc = new TypedDocumentString(`
    fragment SessionRow on Session {
  id
  title
  type
  status
  timePrecision
  day
  dayPart
  startsAt
  endsAt
  when
  room {
    name
  }
  tracks {
    slug
    name
  }
  participants {
    role
    speaker {
      id
      name
    }
  }
}
    `, {"fragmentName":"SessionRow"}) as unknown as TypedDocumentString<SessionRowFragment, unknown>;
export const ConferencesDocument = new TypedDocumentString(`
    query Conferences {
  conferences {
    slug
    name
    series
    year
    city
    venue
    startsOn
    endsOn
    hashtag
  }
}
    `) as unknown as TypedDocumentString<ConferencesQuery, ConferencesQueryVariables>;
export const AgendaDocument = new TypedDocumentString(`
    query Agenda($slug: String!) {
  conference(slug: $slug) {
    slug
    name
    series
    year
    city
    venue
    startsOn
    endsOn
    timezone
    hashtag
    days
    leftEmpty
    organisers {
      name
    }
    sessions {
      ...SessionRow
    }
    roundups {
      id
      title
      author
      publication
      publishedOn
    }
  }
}
    fragment SessionRow on Session {
  id
  title
  type
  status
  timePrecision
  day
  dayPart
  startsAt
  endsAt
  when
  room {
    name
  }
  tracks {
    slug
    name
  }
  participants {
    role
    speaker {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<AgendaQuery, AgendaQueryVariables>;
export const SessionDocument = new TypedDocumentString(`
    query Session($id: ID!) {
  session(id: $id) {
    ...SessionRow
    summary
    sourceEvidence
    conference {
      slug
      name
      timezone
      venue
      city
    }
    participants {
      role
      capacity
      speaker {
        id
        name
        honorifics
        role
        organisation
      }
    }
    sourceRoundup {
      id
      title
      publication
    }
    roundups {
      id
      title
    }
  }
}
    fragment SessionRow on Session {
  id
  title
  type
  status
  timePrecision
  day
  dayPart
  startsAt
  endsAt
  when
  room {
    name
  }
  tracks {
    slug
    name
  }
  participants {
    role
    speaker {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<SessionQuery, SessionQueryVariables>;
export const SpeakerDocument = new TypedDocumentString(`
    query Speaker($id: ID!) {
  speaker(id: $id) {
    id
    name
    honorifics
    role
    organisation
    appearances {
      role
      capacity
      session {
        ...SessionRow
        conference {
          slug
          name
          year
        }
      }
    }
    roundups {
      id
      title
      conference {
        slug
        name
      }
    }
  }
}
    fragment SessionRow on Session {
  id
  title
  type
  status
  timePrecision
  day
  dayPart
  startsAt
  endsAt
  when
  room {
    name
  }
  tracks {
    slug
    name
  }
  participants {
    role
    speaker {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<SpeakerQuery, SpeakerQueryVariables>;
export const RoundupDocument = new TypedDocumentString(`
    query Roundup($id: ID!) {
  roundup(id: $id) {
    id
    title
    author
    publishedOn
    publication
    sourceFile
    bodyHtml
    conference {
      slug
      name
    }
    sessions {
      id
      title
      when
    }
    speakers {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<RoundupQuery, RoundupQueryVariables>;