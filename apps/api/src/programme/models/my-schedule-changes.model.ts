import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ConferenceModel } from '../../conferences/models/conference.model';
import { ProgrammeVersionModel } from './programme.model';

@ObjectType('MyScheduleChanges', {
  description: 'What changed in your starred sessions of a conference since you last looked',
})
export class MyScheduleChangesModel {
  @Field(() => ConferenceModel, { description: 'The conference' })
  conference!: ConferenceModel;
  @Field(() => Int, {
    nullable: true,
    description: 'The latest version you marked seen (markScheduleChangesSeen); null if never',
  })
  seenVersion!: number | null;
  @Field(() => Int, { nullable: true, description: 'The latest published version; null before the first' })
  latestVersion!: number | null;
  @Field(() => [ProgrammeVersionModel], {
    description:
      'The versions published since, newest first, each with only its changes to sessions you had starred when it was published; versions without one are left out (empty once seen)',
  })
  versions!: ProgrammeVersionModel[];
}
