import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { RoomEntity } from '../room.entity';

@ObjectType('Room')
export class RoomModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
}

export const toRoomModel = (e: RoomEntity): RoomModel => ({ id: e.id, name: e.name });
