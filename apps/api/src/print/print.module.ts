import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { NotesModule } from '../notes/notes.module';
import { SchedulesModule } from '../schedules/schedules.module';
import { SessionsModule } from '../sessions/sessions.module';
import { PrintController } from './print.controller';
import { PrintService } from './print.service';

/** Printed programmes (PDF): the booklet, one day, a delegate's schedule and report. */
@Module({
  imports: [SessionsModule, SchedulesModule, NotesModule, AccountsModule],
  providers: [PrintService],
  controllers: [PrintController],
})
export class PrintModule {}
