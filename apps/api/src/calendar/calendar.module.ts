import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module';
import { PublicAnswersModule } from '../common/graphql/public-response-cache';
import { ConferencesModule } from '../conferences/conferences.module';
import { StarEntity } from '../schedules/star.entity';
import { CalendarController } from './calendar.controller';
import { CalendarService } from './calendar.service';

@Module({
  imports: [TypeOrmModule.forFeature([StarEntity]), AccountsModule, ConferencesModule, PublicAnswersModule],
  providers: [CalendarService],
  controllers: [CalendarController],
})
export class CalendarModule {}
