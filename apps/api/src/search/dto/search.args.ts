import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { SearchKind } from '../search.service';
import { IsConferenceSlug } from '../../common/validation/text';
import { AfterArgs } from '../../common/graphql/paging';

export const MAX_SEARCH_RESULTS = 50;

@ArgsType()
export class SearchArgs extends AfterArgs {
  @Field({ description: 'Plain words; quotes, operators and other punctuation are ignored' })
  @IsString()
  @MaxLength(500)
  query!: string;

  @Field(() => String, { nullable: true, description: 'Only hits from this conference' })
  @IsOptional()
  @IsConferenceSlug()
  conferenceSlug?: string | null;

  @Field(() => [SearchKind], { nullable: true, description: 'Only these kinds (all when left out)' })
  @IsOptional()
  @IsEnum(SearchKind, { each: true })
  kinds?: SearchKind[] | null;

  @Field(() => Int, { defaultValue: 20, description: `How many hits, 1–${MAX_SEARCH_RESULTS}` })
  @IsInt()
  @Min(1)
  @Max(MAX_SEARCH_RESULTS)
  first!: number;
}
