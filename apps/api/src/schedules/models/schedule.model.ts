import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ConferenceModel } from '../../conferences/models/conference.model';
import { LocalDateScalar } from '../../common/scalars/local-date.scalar';
import { SessionModel } from '../../sessions/models/session.model';

@ObjectType('Clash', { description: 'Starred sessions that run at the same time' })
export class ClashModel {
  @Field(() => LocalDateScalar, { description: 'The day they clash on' }) day!: string;
  @Field(() => [SessionModel], { description: 'The sessions running at one moment, in agenda order' })
  sessions!: SessionModel[];
}

@ObjectType('ScheduleDay', { description: 'How many starred sessions fall on one day' })
export class ScheduleDayModel {
  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Null for sessions whose day the sources do not give',
  })
  day!: string | null;
  @Field(() => Int, { description: 'Starred sessions that day (cancelled ones not counted)' }) count!: number;
}

@ObjectType('MySchedule', { description: 'Your starred sessions of one conference, with their clashes' })
export class MyScheduleModel {
  @Field(() => ConferenceModel, { description: 'The conference' }) conference!: ConferenceModel;
  @Field(() => [SessionModel], {
    description: 'Starred sessions in agenda order, cancelled ones included (marked)',
  })
  sessions!: SessionModel[];
  @Field(() => [ClashModel], { description: 'Sets of starred sessions that run at the same time' })
  clashes!: ClashModel[];
  @Field(() => [ScheduleDayModel], { description: 'Starred sessions per day, in day order' })
  days!: ScheduleDayModel[];
}
