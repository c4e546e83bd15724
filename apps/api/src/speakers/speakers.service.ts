import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { SpeakerEntity } from './speaker.entity';

@Injectable()
export class SpeakersService {
  constructor(@InjectRepository(SpeakerEntity) private readonly speakers: Repository<SpeakerEntity>) {}

  findById(id: string): Promise<SpeakerEntity | null> {
    return this.speakers.findOneBy({ id });
  }
}
