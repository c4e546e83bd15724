import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Role, type UserEntity } from '../user.entity';

registerEnumType(Role, {
  name: 'Role',
  description: 'DELEGATE (anyone who signs up), STAFF (writes round-ups), ORGANISER',
  valuesMap: {
    DELEGATE: { description: 'Anyone who signs up: stars, notes, feedback' },
    STAFF: { description: 'Also writes and publishes write-ups' },
    ORGANISER: { description: 'Also edits and publishes programmes, and sets roles' },
  },
});

@ObjectType('User', { description: 'An account: a delegate, a member of staff or an organiser' })
export class UserModel {
  @Field(() => ID, { description: 'Its id' }) id!: string;
  @Field({ description: 'The email it signs in with' }) email!: string;
  @Field({ description: 'The name shown to its owner' }) name!: string;
  @Field(() => Role, { description: 'What it may do' }) role!: Role;
}

export const toUserModel = (e: UserEntity): UserModel => ({
  id: e.id,
  email: e.email,
  name: e.name,
  role: e.role,
});

@ObjectType('AuthPayload', { description: 'A signed-in session: its token and whose it is' })
export class AuthPayloadModel {
  @Field({
    description: 'Send as `Authorization: Bearer <token>`; the web client gets an httpOnly cookie too',
  })
  token!: string;
  @Field(() => UserModel, { description: 'The signed-in account' }) user!: UserModel;
  @Field(() => Date, { description: 'When the token stops working (SESSION_TTL_HOURS after sign-in)' })
  expiresAt!: Date;
}
