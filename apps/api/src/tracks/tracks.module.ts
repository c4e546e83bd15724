import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SessionEntity } from '../sessions/session.entity';
import { TrackEntity } from './track.entity';
import { TracksResolver } from './tracks.resolver';
import { TracksService } from './tracks.service';

@Module({
  imports: [TypeOrmModule.forFeature([TrackEntity, SessionEntity])],
  providers: [TracksService, TracksResolver],
})
export class TracksModule {}
