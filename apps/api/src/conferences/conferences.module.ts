import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConferenceEntity } from './conference.entity';
import { ConferencesResolver } from './conferences.resolver';
import { ConferencesService } from './conferences.service';

@Module({
  imports: [TypeOrmModule.forFeature([ConferenceEntity])],
  providers: [ConferencesService, ConferencesResolver],
  exports: [ConferencesService],
})
export class ConferencesModule {}
