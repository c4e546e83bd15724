import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { toOrganisationModel } from '../organisations/models/organisation.model';
import { type SpeakerModel, toSpeakerModel } from './models/speaker.model';
import { SpeakerEntity } from './speaker.entity';

@Injectable()
export class SpeakersService {
  constructor(@InjectRepository(SpeakerEntity) private readonly speakers: Repository<SpeakerEntity>) {}

  /** A speaker with their organisation (one statement). */
  async findById(id: string): Promise<SpeakerModel | null> {
    const s = await this.speakers.findOne({ where: { id }, relations: { organisation: true } });
    return s ? toSpeakerModel(s, s.organisation ? toOrganisationModel(s.organisation) : null) : null;
  }
}
