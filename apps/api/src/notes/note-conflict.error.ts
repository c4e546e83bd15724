import { DomainError } from '../common/errors/domain-errors';

/**
 * A save or delete made to a version of the note that is no longer the stored one: the client shows
 * both and lets the user choose. Carries the note as it now is (nothing when there is none).
 */
export class NoteConflictError extends DomainError {
  constructor(current: { body: string; updatedAt: Date } | null) {
    super(
      'CONFLICT',
      current
        ? 'This note was changed on another device since this change was made to it'
        : 'This note was deleted on another device since this change was made to it',
      undefined,
      current ? { currentBody: current.body, currentUpdatedAt: current.updatedAt.toISOString() } : {},
    );
  }
}
