import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsString, MaxLength, MinLength } from 'class-validator';
import { NoNulCharacters, Trimmed } from '../../common/validation/text';
import { Role } from '../user.entity';
import '../models/user.model';

@InputType({ description: 'A new delegate account: all three fields are required' })
export class SignUpInput {
  @Field({ description: 'Your email address; an account already using it is refused' })
  @IsEmail({}, { message: 'email must be an email address, such as name@council.gov.uk' })
  @MaxLength(254)
  email!: string;

  @Field({ description: 'At least 10 characters, at most 200' })
  @IsString()
  @MinLength(10, { message: 'password must be at least 10 characters' })
  @MaxLength(200, { message: 'password must be at most 200 characters' })
  password!: string;

  @Field({ description: 'Your name, 1–120 characters (trimmed)' })
  @Trimmed()
  @IsString()
  @NoNulCharacters()
  @MinLength(1, { message: 'name must not be empty' })
  @MaxLength(120)
  name!: string;
}

@InputType({ description: 'The first organiser account, with the token of the one-time set-up link' })
export class CreateFirstOrganiserInput extends SignUpInput {
  @Field({ description: 'The token of the set-up link the server printed on its start' })
  @IsString()
  @MinLength(1, { message: 'token must not be empty' })
  @MaxLength(200)
  token!: string;
}

@InputType({ description: 'Email and password of an existing account' })
export class SignInInput {
  @Field({ description: 'The account’s email address' })
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email!: string;

  @Field({ description: 'Its password' })
  @IsString()
  @MinLength(1, { message: 'password must not be empty' })
  @MaxLength(200)
  password!: string;
}

@InputType({ description: 'Whose role to change, and to what' })
export class SetUserRoleInput {
  @Field({ description: 'The account’s email address' })
  @IsEmail({}, { message: 'email must be an email address' })
  email!: string;

  @Field(() => Role, { description: 'The new role' })
  @IsEnum(Role, { message: 'role must be DELEGATE, STAFF or ORGANISER' })
  role!: Role;
}
