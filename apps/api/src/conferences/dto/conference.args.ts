import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { ConferenceSeries } from '../../common/graphql-enums';
import { IsConferenceSlug } from '../../common/validation/text';

@ArgsType()
export class ConferenceArgs {
  @Field()
  @IsConferenceSlug()
  slug!: string;
}

@ArgsType()
export class ConferencesArgs {
  @Field(() => ConferenceSeries, { nullable: true })
  @IsOptional()
  @IsEnum(ConferenceSeries)
  series?: ConferenceSeries;
}
