import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { NoNulCharacters, Trimmed } from '../../common/validation/text';

@InputType({ description: 'A rating of a session that has begun, by the signed-in delegate' })
export class RateSessionInput {
  @Field(() => ID, { description: 'The session rated' })
  @IsUUID('all', { message: 'sessionId must be a session id' })
  sessionId!: string;

  @Field(() => Int, { description: 'From 1 (poor) to 5 (excellent)' })
  @IsInt({ message: 'rating must be a whole number from 1 to 5' })
  @Min(1, { message: 'rating must be a whole number from 1 to 5' })
  @Max(5, { message: 'rating must be a whole number from 1 to 5' })
  rating!: number;

  @Field(() => String, {
    nullable: true,
    description: 'What the organisers should know (up to 2,000 characters); null or empty for none',
  })
  @IsOptional()
  @Trimmed()
  @IsString()
  @NoNulCharacters()
  @MaxLength(2000, { message: 'comment must be at most 2,000 characters' })
  comment?: string | null;
}
