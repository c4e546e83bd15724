import { SessionRoundupsResolver, SpeakerRoundupsResolver } from './roundup-links.resolver';
import { Module } from '@nestjs/common';
import { ConferenceRoundupsResolver, MentionsResolver, RoundupsResolver } from './roundups.resolver';
import { RoundupsService } from './roundups.service';

@Module({
  providers: [
    RoundupsService,
    RoundupsResolver,
    MentionsResolver,
    ConferenceRoundupsResolver,
    SessionRoundupsResolver,
    SpeakerRoundupsResolver,
  ],
  exports: [RoundupsService],
})
export class RoundupsModule {}
