import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SessionEntity } from './session.entity';
import {
  ConferenceSessionsResolver,
  SpeakerSessionsResolver,
  TrackSessionsResolver,
} from './session-links.resolver';
import { SessionParticipantsResolver, SessionsResolver } from './sessions.resolver';
import { SessionsService } from './sessions.service';

@Module({
  imports: [TypeOrmModule.forFeature([SessionEntity])],
  providers: [
    SessionsService,
    SessionsResolver,
    SessionParticipantsResolver,
    ConferenceSessionsResolver,
    SpeakerSessionsResolver,
    TrackSessionsResolver,
  ],
  exports: [SessionsService],
})
export class SessionsModule {}
