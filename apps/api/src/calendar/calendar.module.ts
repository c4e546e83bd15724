import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module';
import { ConferencesModule } from '../conferences/conferences.module';
import { StarEntity } from '../schedules/star.entity';
import { CalendarController } from './calendar.controller';
import { CalendarService } from './calendar.service';

@Module({
  imports: [TypeOrmModule.forFeature([StarEntity]), AccountsModule, ConferencesModule],
  providers: [CalendarService],
  controllers: [CalendarController],
})
export class CalendarModule {}
