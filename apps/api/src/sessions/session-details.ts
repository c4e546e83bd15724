import { type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';
import type { GraphQLContext } from '../accounts/graphql-context';
import { present } from '../common/loaded';
import { type RoomModel, toRoomModel } from '../conferences/models/room.model';
import { type SpeakerModel, toSpeakerModel } from '../speakers/models/speaker.model';
import { type TrackModel, toTrackModel } from '../tracks/models/track.model';
import { type SessionModel, type SessionParticipantModel, toParticipantModel } from './models/session.model';
import type { ProgrammeLoaders } from './sessions.loaders';

/** The loaders a session's details are read with. */
type DetailLoaders = Pick<ProgrammeLoaders, 'conferences' | 'tracks' | 'sessions' | 'speakers'>;
type Ctx = GraphQLContext<DetailLoaders>;

const byName = (a: TrackModel, b: TrackModel) => a.name.localeCompare(b.name);

/** A session's room, themes and speakers, looked up before its fields are asked for (see withDetails). */
interface SessionDetails {
  room: RoomModel | null;
  tracks: readonly TrackModel[];
  participants: readonly SessionParticipantModel[];
}
const detailsOf = new WeakMap<SessionModel, SessionDetails>();
const speakerOf = new WeakMap<SessionParticipantModel, SpeakerModel>();

/**
 * Looks up the room, themes and speakers of a list of sessions together (once for a shared session), so
 * that those fields answer at once instead of with a promise per field of each session (graphql-js then
 * completes the list in one pass). A session whose details could not all be found keeps the usual
 * lookups (and their errors).
 */
export async function withDetails(
  sessions: SessionModel[],
  loaders: DetailLoaders,
  info?: GraphQLResolveInfo,
): Promise<SessionModel[]> {
  // a list asked for without any of them (`sessions { id }`) reads none of them
  if (info && !asksAny(info, SESSION_DETAILS)) return sessions;
  // a shared session's model is the same for every request, its details looked up by an earlier one
  const needed = sessions.filter((s) => !detailsOf.has(s));
  if (needed.length) await lookUpDetails(needed, loaders);
  return sessions;
}

async function lookUpDetails(sessions: SessionModel[], loaders: DetailLoaders): Promise<void> {
  const ids = sessions.map((s) => s.id);
  const roomIds = [...new Set(sessions.flatMap((s) => (s.roomId ? [s.roomId] : [])))];
  const [rooms, tracks, participants] = await Promise.all([
    loaders.conferences.room.loadMany(roomIds),
    loaders.tracks.bySession.loadMany(ids),
    loaders.sessions.participants.loadMany(ids),
  ]);
  const speakerIds = [
    ...new Set(participants.flatMap((ps) => (ps instanceof Error ? [] : ps.map((p) => p.speakerId)))),
  ];
  const speakers = await loaders.speakers.byId.loadMany(speakerIds);
  const roomById = new Map(roomIds.map((id, i) => [id, rooms[i]]));
  const speakerById = new Map(speakerIds.map((id, i) => [id, speakers[i]]));
  sessions.forEach((session, i) => {
    const room = session.roomId ? roomById.get(session.roomId) : null;
    const themes = tracks[i];
    const people = participants[i];
    if (room instanceof Error || room === undefined || themes instanceof Error || people instanceof Error)
      return;
    const models = people.map((p) => {
      const speaker = speakerById.get(p.speakerId);
      const model = toParticipantModel(p);
      if (speaker && !(speaker instanceof Error))
        speakerOf.set(model, Object.freeze(toSpeakerModel(speaker)));
      return Object.freeze(model);
    });
    // kept with a shared session's model for every request: frozen, so none can change them for the others
    detailsOf.set(
      session,
      Object.freeze({
        room: room ? Object.freeze(toRoomModel(room)) : null,
        tracks: Object.freeze(themes.map((t) => Object.freeze(toTrackModel(t))).sort(byName)),
        participants: Object.freeze(models),
      }),
    );
  });
}

/** The session fields withDetails answers. */
export const SESSION_DETAILS: ReadonlySet<string> = new Set(['room', 'tracks', 'participants']);

/** Whether the selection of the field being resolved includes any of these, directly or in fragments. */
export function asksAny(info: GraphQLResolveInfo, names: ReadonlySet<string>): boolean {
  const seen = new Set<string>();
  const inSet = (set: SelectionSetNode | undefined): boolean =>
    !!set &&
    set.selections.some((s) => {
      if (s.kind === Kind.FIELD) return names.has(s.name.value);
      if (s.kind === Kind.INLINE_FRAGMENT) return inSet(s.selectionSet);
      if (seen.has(s.name.value)) return false;
      seen.add(s.name.value);
      return inSet(info.fragments[s.name.value]?.selectionSet);
    });
  return info.fieldNodes.some((node) => inSet(node.selectionSet));
}

/** The session fields every agenda, schedule and feed asks for (see common/graphql/direct-resolvers.ts). */
export const sessionFields = {
  room: (s: SessionModel, ctx: Ctx): Promise<RoomModel | null> | RoomModel | null => {
    const details = detailsOf.get(s);
    if (details) return details.room;
    return s.roomId
      ? ctx.loaders.conferences.room.load(s.roomId).then((r) => (r ? toRoomModel(r) : null))
      : null;
  },
  tracks: (s: SessionModel, ctx: Ctx): Promise<TrackModel[]> | readonly TrackModel[] =>
    detailsOf.get(s)?.tracks ??
    ctx.loaders.tracks.bySession.load(s.id).then((tracks) => tracks.map(toTrackModel).sort(byName)),
  participants: (
    s: SessionModel,
    ctx: Ctx,
  ): Promise<SessionParticipantModel[]> | readonly SessionParticipantModel[] =>
    detailsOf.get(s)?.participants ??
    ctx.loaders.sessions.participants.load(s.id).then((ps) => ps.map(toParticipantModel)),
  speakers: async (s: SessionModel, ctx: Ctx): Promise<SpeakerModel[]> => {
    const participants = await ctx.loaders.sessions.participants.load(s.id);
    return present(await ctx.loaders.speakers.byId.loadMany(participants.map((p) => p.speakerId))).map(
      toSpeakerModel,
    );
  },
};

export const participantFields = {
  speaker: (p: SessionParticipantModel, ctx: Ctx): Promise<SpeakerModel> | SpeakerModel =>
    speakerOf.get(p) ??
    ctx.loaders.speakers.byId.load(p.speakerId).then((speaker) => {
      if (!speaker) throw new Error(`participant ${p.speakerId} is not a speaker`);
      return toSpeakerModel(speaker);
    }),
};
