import type { DataSource } from 'typeorm';
import { createSeededDatabase } from '../../test/seeded-database';
import { newId } from '../common/database/columns';
import { Loaders } from '../common/dataloaders/loaders';
import { ConferenceEntity } from '../conferences/conference.entity';
import { RoundupEntity, RoundupStatus } from './roundup.entity';
import { RoundupsService } from './roundups.service';

describe('RoundupsService', () => {
  let ds: DataSource;
  let service: RoundupsService;
  let draftId: string;
  beforeAll(async () => {
    ds = await createSeededDatabase();
    service = new RoundupsService(ds.getRepository(RoundupEntity));
    const c = (await ds.getRepository(ConferenceEntity).findOneBy({ slug: 'ncasc-2018' }))!;
    draftId = newId();
    await ds.getRepository(RoundupEntity).insert({
      id: draftId,
      conferenceId: c.id,
      title: 'Unfinished notes',
      author: null,
      publishedOn: null,
      publication: null,
      sourceFile: null,
      bodyMarkdown: 'not ready',
      status: RoundupStatus.DRAFT,
    });
  });
  afterAll(() => ds.destroy());

  it('serves the seeded, published write-ups', async () => {
    const published = await ds.getRepository(RoundupEntity).findOneBy({ title: 'NCASC 2018 Round-up' });
    expect(await service.findPublished(published!.id)).toMatchObject({ title: 'NCASC 2018 Round-up' });
  });

  it('keeps a draft out of public reads, by id and in the conference list', async () => {
    expect(await service.findPublished(draftId)).toBeNull();
    const c = (await ds.getRepository(ConferenceEntity).findOneBy({ slug: 'ncasc-2018' }))!;
    const listed = await new Loaders(ds).roundupsByConference.load(c.id);
    expect(listed.map((r) => r.id)).not.toContain(draftId);
    expect(listed.length).toBeGreaterThan(0);
  });
});
