import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RoundupEntity } from './roundup.entity';
import { RoundupsResolver } from './roundups.resolver';
import { RoundupsService } from './roundups.service';

@Module({
  imports: [TypeOrmModule.forFeature([RoundupEntity])],
  providers: [RoundupsService, RoundupsResolver],
  exports: [RoundupsService],
})
export class RoundupsModule {}
