import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { RoundupEntity, RoundupStatus } from './roundup.entity';

@Injectable()
export class RoundupsService {
  constructor(@InjectRepository(RoundupEntity) private readonly roundups: Repository<RoundupEntity>) {}

  /** A published write-up; drafts are not public. */
  findPublished(id: string): Promise<RoundupEntity | null> {
    return this.roundups.findOneBy({ id, status: RoundupStatus.PUBLISHED });
  }
}
