import { Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsString, IsUrl, Matches, Max, MaxLength, Min } from 'class-validator';
import { MAX_REMINDER_MINUTES } from '../push-preference.entity';

const BASE64URL = /^[A-Za-z0-9_-]+={0,2}$/;

@InputType({
  description: 'A browser’s push subscription (PushSubscription.toJSON()): where to send, and its keys',
})
export class PushSubscriptionInput {
  @Field({ description: 'The push service’s https URL for this device (`endpoint`)' })
  @IsUrl(
    { protocols: ['https'], require_protocol: true, require_tld: false },
    { message: 'endpoint must be an https URL' },
  )
  @MaxLength(1000, { message: 'endpoint must be at most 1,000 characters' })
  endpoint!: string;

  @Field({ description: 'The device’s P-256 public key, base64url (`keys.p256dh`)' })
  @IsString()
  @MaxLength(200, { message: 'p256dh must be at most 200 characters' })
  @Matches(BASE64URL, { message: 'p256dh must be base64url' })
  p256dh!: string;

  @Field({ description: 'The device’s authentication secret, base64url (`keys.auth`)' })
  @IsString()
  @MaxLength(100, { message: 'auth must be at most 100 characters' })
  @Matches(BASE64URL, { message: 'auth must be base64url' })
  auth!: string;
}

@InputType({ description: 'Your notification settings' })
export class PushSettingsInput {
  @Field(() => Int, {
    description: `How many minutes before a starred session with a clock time its reminder comes (0–${MAX_REMINDER_MINUTES})`,
  })
  @IsInt({ message: `reminderMinutes must be a whole number from 0 to ${MAX_REMINDER_MINUTES}` })
  @Min(0, { message: `reminderMinutes must be a whole number from 0 to ${MAX_REMINDER_MINUTES}` })
  @Max(MAX_REMINDER_MINUTES, {
    message: `reminderMinutes must be a whole number from 0 to ${MAX_REMINDER_MINUTES}`,
  })
  reminderMinutes!: number;
}
