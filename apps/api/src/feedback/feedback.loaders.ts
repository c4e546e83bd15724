// Data access in feedback: a request reads the caller's own ratings through these loaders, always
// filtered by their owner's id; FeedbackService writes and reads organisers' summaries.
import type DataLoader from 'dataloader';
import { ownedBySession, PerUser } from '../common/dataloaders/owned-by-session';
import type { PublicReader } from '../common/dataloaders/public-reader';
import { FeedbackEntity } from './feedback.entity';

export interface OwnFeedbackLoaders {
  feedback: DataLoader<string, FeedbackEntity | null>;
}

/** One user's ratings, for one request. */
export class FeedbackLoaders extends PerUser<OwnFeedbackLoaders> {
  constructor(reader: PublicReader) {
    super((userId) => ({ feedback: ownedBySession(reader.ds, FeedbackEntity, userId) }));
  }
}
