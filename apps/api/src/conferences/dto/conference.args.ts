import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { ConferenceSeries } from '../../common/graphql-enums';
import { IsConferenceSlug } from '../../common/validation/text';

@ArgsType()
export class ConferenceArgs {
  @Field({ description: 'The conference’s slug, e.g. ncasc-2018' })
  @IsConferenceSlug()
  slug!: string;
}

@ArgsType()
export class ConferencesArgs {
  @Field(() => ConferenceSeries, { nullable: true, description: 'Only this series (both when left out)' })
  @IsOptional()
  @IsEnum(ConferenceSeries)
  series?: ConferenceSeries;
}
