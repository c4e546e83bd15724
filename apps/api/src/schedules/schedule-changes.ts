/**
 * Which published changes concern one delegate: the changes to sessions they starred, in versions
 * published after they starred them. My schedule's "changed since you last looked"
 * (`myScheduleChanges`) and change alerts both ask this, and only this function answers it. The
 * changes themselves are the versions' changelogs as publishing wrote them (programme/diff.ts); this
 * only picks a delegate's share of them.
 */

/** One line of a changelog, as far as picking needs it (programme/diff.ts's ProgrammeChange fits). */
export interface ChangeOfSession {
  sessionId: string | null;
}

/** A published version, as far as picking needs it (programme's ProgrammeVersionEntity fits). */
export interface PublishedChanges<C extends ChangeOfSession> {
  number: number;
  publishedAt: Date;
  changes: readonly C[];
}

/**
 * A delegate's stars in one conference: session id → when it was starred. Read by owner
 * (`SchedulesLoaders.forUser(id).starredSince(conferenceId)`).
 */
export type StarredAt = ReadonlyMap<string, Date>;

/**
 * The changes of one version to sessions the delegate had starred when it was published (a session
 * starred later was starred as it already was: its earlier changes are no news). Order kept.
 */
export function changesToStarredSessions<C extends ChangeOfSession>(
  version: PublishedChanges<C>,
  starred: StarredAt,
): C[] {
  return version.changes.filter((c) => {
    const at = c.sessionId === null ? undefined : starred.get(c.sessionId);
    // stars are kept to the second on SQLite: a star of the same second as the publish counts as before it
    return at !== undefined && at.getTime() <= version.publishedAt.getTime();
  });
}

/**
 * What changed in the delegate's starred sessions since the version they last saw (`seenVersion`,
 * null when never): per version, newest first, versions without such a change left out.
 */
export function scheduleChangesSince<V extends PublishedChanges<ChangeOfSession>>(
  versions: readonly V[],
  starred: StarredAt,
  seenVersion: number | null,
): { version: V; changes: V['changes'][number][] }[] {
  return [...versions]
    .filter((v) => seenVersion === null || v.number > seenVersion)
    .sort((a, b) => b.number - a.number)
    .map((version) => ({ version, changes: changesToStarredSessions(version, starred) }))
    .filter((v) => v.changes.length > 0);
}
