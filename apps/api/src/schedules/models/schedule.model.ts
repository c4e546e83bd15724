import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ConferenceModel } from '../../conferences/models/conference.model';
import { LocalDateScalar } from '../../common/scalars/local-date.scalar';
import { SessionModel } from '../../sessions/models/session.model';

@ObjectType('Clash', { description: 'Starred sessions that run at the same time' })
export class ClashModel {
  @Field(() => LocalDateScalar) day!: string;
  @Field(() => [SessionModel]) sessions!: SessionModel[];
}

@ObjectType('ScheduleDay')
export class ScheduleDayModel {
  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Null for sessions whose day the sources do not give',
  })
  day!: string | null;
  @Field(() => Int, { description: 'Starred sessions that day (cancelled ones not counted)' }) count!: number;
}

@ObjectType('MySchedule')
export class MyScheduleModel {
  @Field(() => ConferenceModel) conference!: ConferenceModel;
  @Field(() => [SessionModel], {
    description: 'Starred sessions in agenda order, cancelled ones included (marked)',
  })
  sessions!: SessionModel[];
  @Field(() => [ClashModel]) clashes!: ClashModel[];
  @Field(() => [ScheduleDayModel]) days!: ScheduleDayModel[];
}
