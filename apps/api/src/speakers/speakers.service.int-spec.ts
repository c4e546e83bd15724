import type { DataSource } from 'typeorm';
import { createConference, createSession, createSpeaker, NCASC_2018, ADCS_2018 } from '../../test/factories';
import { createTestDatabase } from '../../test/test-database';
import { SpeakerEntity } from './speaker.entity';
import { SpeakersService } from './speakers.service';

describe('SpeakersService', () => {
  let ds: DataSource;
  let service: SpeakersService;
  beforeAll(async () => {
    ds = await createTestDatabase();
    service = new SpeakersService(ds.getRepository(SpeakerEntity));
    const gallimore = await createSpeaker(ds, { name: 'Stuart Gallimore' });
    const other = await createSpeaker(ds);
    // the later conference made first, so the order answered is the service's
    const ncasc = await createConference(ds, NCASC_2018);
    const adcs = await createConference(ds, ADCS_2018);
    await createSession(ds, ncasc, { participants: [gallimore] });
    await createSession(ds, ncasc, { day: '2018-11-16', participants: [other, gallimore] });
    await createSession(ds, adcs, { participants: [gallimore] });
    await createSession(ds, adcs, { participants: [other] });
  });
  afterAll(() => ds.destroy());

  it('finds nobody for an unknown id', async () => {
    expect(await service.findById('00000000-0000-4000-8000-000000000000')).toBeNull();
  });
});
