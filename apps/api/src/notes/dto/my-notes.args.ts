import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { PageArgs } from '../../common/graphql/paging';
import { IsConferenceSlug } from '../../common/validation/text';

@ArgsType()
export class MyNotesArgs extends PageArgs {
  @Field({ nullable: true, description: 'Only this conference' })
  @IsOptional()
  @IsConferenceSlug()
  conferenceSlug?: string;
}
