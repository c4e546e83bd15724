import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { SessionType } from '../../common/graphql-enums';
import { LocalDateScalar } from '../../common/scalars/local-date.scalar';

@ArgsType()
export class ConferenceSessionsArgs {
  @Field(() => LocalDateScalar, { nullable: true, description: 'Only sessions on this local day' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'day must be YYYY-MM-DD' })
  day?: string;

  @Field(() => SessionType, { nullable: true, description: 'Only sessions of this type' })
  @IsOptional()
  @IsEnum(SessionType)
  type?: SessionType;

  @Field({ nullable: true, description: 'Only sessions with this theme (track slug)' })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  track?: string;
}
