import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@ArgsType()
export class IdArgs {
  @Field(() => ID, { description: 'Its id (a UUID)' })
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;
}
