import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsString, MaxLength, MinLength } from 'class-validator';
import { NoNulCharacters, Trimmed } from '../../common/validation/text';
import { Role } from '../user.entity';
import '../models/user.model';

@InputType()
export class SignUpInput {
  @Field()
  @IsEmail({}, { message: 'email must be an email address, such as name@council.gov.uk' })
  @MaxLength(254)
  email!: string;

  @Field()
  @IsString()
  @MinLength(10, { message: 'password must be at least 10 characters' })
  @MaxLength(200, { message: 'password must be at most 200 characters' })
  password!: string;

  @Field()
  @Trimmed()
  @IsString()
  @NoNulCharacters()
  @MinLength(1, { message: 'name must not be empty' })
  @MaxLength(120)
  name!: string;
}

@InputType()
export class CreateFirstOrganiserInput extends SignUpInput {
  @Field({ description: 'The token of the set-up link the server printed on its start' })
  @IsString()
  @MinLength(1, { message: 'token must not be empty' })
  @MaxLength(200)
  token!: string;
}

@InputType()
export class SignInInput {
  @Field()
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email!: string;

  @Field()
  @IsString()
  @MinLength(1, { message: 'password must not be empty' })
  @MaxLength(200)
  password!: string;
}

@InputType()
export class SetUserRoleInput {
  @Field()
  @IsEmail({}, { message: 'email must be an email address' })
  email!: string;

  @Field(() => Role)
  @IsEnum(Role, { message: 'role must be DELEGATE, STAFF or ORGANISER' })
  role!: Role;
}
