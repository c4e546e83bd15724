import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { RoomEntity } from '../room.entity';

@ObjectType('Room', { description: 'A room of one conference’s venue' })
export class RoomModel {
  @Field(() => ID, { description: 'Its id' }) id!: string;
  @Field({ description: 'Its name as the programme gives it' }) name!: string;
  @Field(() => Int, { nullable: true, description: 'How many people it seats; null when not given' })
  capacity!: number | null;
}

export const toRoomModel = (e: RoomEntity): RoomModel => ({ id: e.id, name: e.name, capacity: e.capacity });
