import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('PushSettings', {
  description: 'Your notification settings and how many of your devices receive them',
})
export class PushSettingsModel {
  @Field(() => Int, {
    description: 'Minutes before a starred session with a clock time that its reminder comes (default 10)',
  })
  reminderMinutes!: number;
  @Field(() => Int, { description: 'How many devices have notifications turned on for your account' })
  devices!: number;
}
