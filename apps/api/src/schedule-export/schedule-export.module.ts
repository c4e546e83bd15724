import { Module } from '@nestjs/common';
import { SessionsModule } from '../sessions/sessions.module';
import { ScheduleExportController } from './schedule-export.controller';
import { ScheduleExportService } from './schedule-export.service';

@Module({
  imports: [SessionsModule],
  providers: [ScheduleExportService],
  controllers: [ScheduleExportController],
})
export class ScheduleExportModule {}
