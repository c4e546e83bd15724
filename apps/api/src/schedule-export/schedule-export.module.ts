import { Module } from '@nestjs/common';
import { ConferencesModule } from '../conferences/conferences.module';
import { ScheduleExportController } from './schedule-export.controller';
import { ScheduleExportService } from './schedule-export.service';

@Module({
  imports: [ConferencesModule],
  providers: [ScheduleExportService],
  controllers: [ScheduleExportController],
})
export class ScheduleExportModule {}
