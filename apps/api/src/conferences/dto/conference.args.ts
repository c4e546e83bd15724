import { ArgsType, Field } from '@nestjs/graphql';
import { CONFERENCE_SLUG_PATTERN } from '@ncasc/shared';
import { IsEnum, IsOptional, IsString, Matches } from 'class-validator';
import { ConferenceSeries } from '../../common/graphql-enums';

@ArgsType()
export class ConferenceArgs {
  @Field()
  @IsString()
  @Matches(CONFERENCE_SLUG_PATTERN, { message: 'slug must be ncasc-YYYY or adcs-YYYY, e.g. ncasc-2018' })
  slug!: string;
}

@ArgsType()
export class ConferencesArgs {
  @Field(() => ConferenceSeries, { nullable: true })
  @IsOptional()
  @IsEnum(ConferenceSeries)
  series?: ConferenceSeries;
}
