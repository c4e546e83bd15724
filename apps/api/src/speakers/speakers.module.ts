import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SpeakerEntity } from './speaker.entity';
import { SpeakersResolver } from './speakers.resolver';
import { SpeakersService } from './speakers.service';

@Module({
  imports: [TypeOrmModule.forFeature([SpeakerEntity])],
  providers: [SpeakersService, SpeakersResolver],
  exports: [SpeakersService],
})
export class SpeakersModule {}
