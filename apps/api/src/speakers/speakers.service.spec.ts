import type { DataSource } from 'typeorm';
import { createSeededDatabase } from '../../test/seeded-database';
import { SpeakerEntity } from './speaker.entity';
import { SpeakersService } from './speakers.service';

describe('SpeakersService', () => {
  let ds: DataSource;
  let service: SpeakersService;
  beforeAll(async () => {
    ds = await createSeededDatabase();
    service = new SpeakersService(ds.getRepository(SpeakerEntity));
  });
  afterAll(() => ds.destroy());

  it('finds a speaker with their organisation', async () => {
    const row = (await ds.getRepository(SpeakerEntity).findOneBy({ name: 'Stuart Gallimore' }))!;
    const speaker = (await service.findById(row.id))!;
    expect(speaker.name).toBe('Stuart Gallimore');
    expect(speaker.organisation).toBe(speaker.organisationRef?.name ?? null);
  });

  it('finds nobody for an unknown id', async () => {
    expect(await service.findById('00000000-0000-4000-8000-000000000000')).toBeNull();
  });
});
