import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { FeedbackEntity } from '../feedback.entity';

@ObjectType('SessionFeedback', {
  description: 'Your own rating of a session; no one else can read whose it is',
})
export class SessionFeedbackModel {
  @Field(() => ID, { description: 'The rating’s id' }) id!: string;
  sessionId!: string;
  @Field(() => Int, { description: '1 (poor) to 5 (excellent)' }) rating!: number;
  @Field(() => String, { nullable: true, description: 'Your comment, if any' }) comment!: string | null;
  @Field(() => Date, { description: 'When you last changed it' }) updatedAt!: Date;
}

export const toFeedbackModel = (e: FeedbackEntity): SessionFeedbackModel => ({
  id: e.id,
  sessionId: e.sessionId,
  rating: e.rating,
  comment: e.comment,
  updatedAt: e.updatedAt,
});

@ObjectType('FeedbackComment', { description: 'A comment left with a rating, without its author' })
export class FeedbackCommentModel {
  @Field(() => ID, { description: 'The feedback’s id (to hide or show the comment)' }) id!: string;
  @Field(() => Int, { description: 'The rating it came with' }) rating!: number;
  @Field({ description: 'What the delegate wrote' }) comment!: string;
  @Field({ description: 'Hidden by an organiser (the rating still counts)' }) hidden!: boolean;
  @Field(() => Date, { description: 'When it was last changed' }) updatedAt!: Date;
}

@ObjectType('FeedbackSummary', {
  description: 'ORGANISER: what delegates said of a session: counts, average, spread and comments, never who',
})
export class FeedbackSummaryModel {
  @Field(() => ID, { description: 'The session' }) sessionId!: string;
  @Field(() => Int, { description: 'How many delegates rated it' }) count!: number;
  @Field(() => Float, { nullable: true, description: 'The mean rating, to two places; null when none' })
  average!: number | null;
  @Field(() => [Int], { description: 'How many gave 1, 2, 3, 4 and 5, in that order' })
  distribution!: number[];
  @Field(() => [FeedbackCommentModel], { description: 'The comments, newest first, hidden ones included' })
  comments!: FeedbackCommentModel[];
}
