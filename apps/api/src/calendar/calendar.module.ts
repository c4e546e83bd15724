import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { SessionsModule } from '../sessions/sessions.module';
import { CalendarController } from './calendar.controller';
import { CalendarService } from './calendar.service';

@Module({
  imports: [AccountsModule, SessionsModule],
  providers: [CalendarService],
  controllers: [CalendarController],
})
export class CalendarModule {}
