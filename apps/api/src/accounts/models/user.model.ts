import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Role, type UserEntity } from '../user.entity';

registerEnumType(Role, {
  name: 'Role',
  description: 'DELEGATE (anyone who signs up), STAFF (writes round-ups), ORGANISER',
});

@ObjectType('User')
export class UserModel {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field() name!: string;
  @Field(() => Role) role!: Role;
}

export const toUserModel = (e: UserEntity): UserModel => ({
  id: e.id,
  email: e.email,
  name: e.name,
  role: e.role,
});

@ObjectType('AuthPayload')
export class AuthPayloadModel {
  @Field({
    description: 'Send as `Authorization: Bearer <token>`; the web client gets an httpOnly cookie too',
  })
  token!: string;
  @Field(() => UserModel) user!: UserModel;
  @Field(() => Date) expiresAt!: Date;
}
