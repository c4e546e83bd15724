import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SessionEntity } from '../sessions/session.entity';
import { SchedulesResolver } from './schedules.resolver';
import { SchedulesService } from './schedules.service';

@Module({
  imports: [TypeOrmModule.forFeature([SessionEntity])],
  providers: [SchedulesService, SchedulesResolver],
  exports: [SchedulesService],
})
export class SchedulesModule {}
