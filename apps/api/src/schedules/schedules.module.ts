import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConferenceEntity } from '../conferences/conference.entity';
import { SessionEntity } from '../sessions/session.entity';
import { SchedulesResolver } from './schedules.resolver';
import { SchedulesService } from './schedules.service';
import { StarEntity } from './star.entity';

@Module({
  imports: [TypeOrmModule.forFeature([StarEntity, SessionEntity, ConferenceEntity])],
  providers: [SchedulesService, SchedulesResolver],
  exports: [SchedulesService],
})
export class SchedulesModule {}
