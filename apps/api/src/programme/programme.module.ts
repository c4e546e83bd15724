import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConferenceEntity } from '../conferences/conference.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { SpeakerEntity } from '../speakers/speaker.entity';
import { TrackEntity } from '../tracks/track.entity';
import { ProgrammeDraftEntity } from './programme-draft.entity';
import { ProgrammeResolver } from './programme.resolver';
import { ProgrammeDraftingService } from './programme-drafting.service';
import { ProgrammePublishingService } from './programme-publishing.service';
import { ReferenceDataService } from './reference-data.service';
import { ProgrammeImportService } from './import/programme-import.service';
import { ProgrammeVersionEntity } from './programme-version.entity';
import { EditionsResolver } from './editions.resolver';
import { EditionsService } from './editions.service';
import { MyScheduleChangesResolver } from './my-schedule-changes.resolver';
import { SchedulesModule } from '../schedules/schedules.module';

@Module({
  imports: [
    SchedulesModule,
    TypeOrmModule.forFeature([
      ProgrammeDraftEntity,
      ProgrammeVersionEntity,
      ConferenceEntity,
      SpeakerEntity,
      OrganisationEntity,
      TrackEntity,
    ]),
  ],
  providers: [
    ProgrammeDraftingService,
    ProgrammePublishingService,
    ReferenceDataService,
    EditionsService,
    ProgrammeResolver,
    EditionsResolver,
    MyScheduleChangesResolver,
    ProgrammeImportService,
  ],
})
export class ProgrammeModule {}
