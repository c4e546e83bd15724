import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConferenceEntity } from '../conferences/conference.entity';
import { SpeakerEntity } from '../speakers/speaker.entity';
import { ProgrammeDraftEntity } from './programme-draft.entity';
import { ProgrammeResolver } from './programme.resolver';
import { ProgrammeService } from './programme.service';
import { ProgrammeVersionEntity } from './programme-version.entity';

@Module({
  imports: [
    TypeOrmModule.forFeature([ProgrammeDraftEntity, ProgrammeVersionEntity, ConferenceEntity, SpeakerEntity]),
  ],
  providers: [ProgrammeService, ProgrammeResolver],
})
export class ProgrammeModule {}
