import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { PublicAnswersModule } from '../common/graphql/public-response-cache';
import { ConferencesModule } from '../conferences/conferences.module';
import { CalendarController } from './calendar.controller';
import { CalendarService } from './calendar.service';

@Module({
  imports: [AccountsModule, ConferencesModule, PublicAnswersModule],
  providers: [CalendarService],
  controllers: [CalendarController],
})
export class CalendarModule {}
