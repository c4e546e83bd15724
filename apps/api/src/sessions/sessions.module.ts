import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConferenceProgrammeResolver } from './conference-programme.resolver';
import { PublishedProgramme } from './published/published-programme.service';
import { SessionEntity } from './session.entity';
import { SessionsResolver } from './sessions.resolver';
import { SpeakerAppearancesResolver } from './speaker-appearances.resolver';
import { ThemeSessionsResolver } from './theme-sessions.resolver';

@Module({
  imports: [TypeOrmModule.forFeature([SessionEntity])],
  providers: [
    PublishedProgramme,
    SessionsResolver,
    ConferenceProgrammeResolver,
    SpeakerAppearancesResolver,
    ThemeSessionsResolver,
  ],
  exports: [PublishedProgramme],
})
export class SessionsModule {}
