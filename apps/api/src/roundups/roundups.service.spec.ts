import type { DataSource } from 'typeorm';
import { createSeededDatabase } from '../../test/seeded-database';
import { PublicReader } from '../common/dataloaders/public-reader';
import { readSeedData } from '../database/seed/seed-files';
import { applySeed } from '../database/seed/seeder';
import { ConferenceEntity } from '../conferences/conference.entity';
import { programmeLoaders } from '../sessions/sessions.loaders';
import { SpeakerEntity } from '../speakers/speaker.entity';
import { loadRoundupModel } from './models/roundup.model';
import { RoundupEntity, RoundupStatus } from './roundup.entity';
import { MentionKind, MentionStatus } from './roundup-mention.entity';
import { roundupsLoaders } from './roundups.loaders';
import { RoundupsService } from './roundups.service';

describe('RoundupsService', () => {
  let ds: DataSource;
  let service: RoundupsService;
  let ncasc2018: ConferenceEntity;
  const speakerId = async (name: string) =>
    (await ds.getRepository(SpeakerEntity).findOneByOrFail({ name })).id;
  /** A request's loaders (no rows shared between requests). */
  const newLoaders = () => {
    const reader = new PublicReader(ds);
    return { ...programmeLoaders(reader), roundups: roundupsLoaders(reader) };
  };
  /** Mentions as "STATUS name-or-title", as staff would review them. */
  const mentions = async (roundupId: string) => {
    const loaders = newLoaders();
    const rows = await loaders.roundups.mentions.load(roundupId);
    return Promise.all(
      rows.map(async (m) =>
        m.kind === MentionKind.SPEAKER
          ? `${m.status} ${(await loaders.speakers.byId.load(m.targetId))!.name}`
          : `${m.status} session: ${(await loaders.sessions.byId.load(m.targetId))!.title}`,
      ),
    ).then((list) => list.sort());
  };

  beforeAll(async () => {
    ds = await createSeededDatabase();
    service = new RoundupsService(ds);
    ncasc2018 = (await ds.getRepository(ConferenceEntity).findOneByOrFail({ slug: 'ncasc-2018' }))!;
  });
  afterAll(() => ds.destroy());

  it('creates a draft, suggesting the speakers and sessions its text names', async () => {
    const r = await service.create({
      conferenceSlug: 'ncasc-2018',
      title: 'What we heard in Manchester',
      body: 'Amanda Spielman opened the day. Later, Mr Zahawi spoke on early language.\n\nThe Guardian quiz ended it.',
    });
    expect(r.status).toBe(RoundupStatus.DRAFT);
    expect(await mentions(r.id)).toEqual([
      'SUGGESTED Amanda Spielman',
      'SUGGESTED Nadhim Zahawi',
      'SUGGESTED session: The Guardian quiz',
    ]);
    // a draft is not public, by id or in the conference's list
    expect(await service.findVisible(r.id, false)).toBeNull();
    expect(await service.findVisible(r.id, true)).toMatchObject({ id: r.id });
    const listed = await newLoaders().roundups.byConference.load(ncasc2018.id);
    expect(listed.map((x) => x.id)).not.toContain(r.id);
  });

  it('keeps what staff decided when the text is edited again', async () => {
    const r = await service.create({
      conferenceSlug: 'ncasc-2018',
      title: 'Day one',
      body: 'Amanda Spielman and Stuart Gallimore spoke.',
    });
    await service.setMentionStatus(
      r.id,
      MentionKind.SPEAKER,
      await speakerId('Amanda Spielman'),
      MentionStatus.CONFIRMED,
    );
    await service.setMentionStatus(
      r.id,
      MentionKind.SPEAKER,
      await speakerId('Stuart Gallimore'),
      MentionStatus.REMOVED,
    );
    await service.update(r.id, { body: 'Stuart Gallimore and Matt Dunkley spoke; Spielman did too.' });
    expect(await mentions(r.id)).toEqual([
      'CONFIRMED Amanda Spielman',
      'REMOVED Stuart Gallimore',
      'SUGGESTED Matt Dunkley',
    ]);
    // a suggestion the text no longer makes goes; a confirmed link stays
    await service.update(r.id, { body: 'Nobody in particular.' });
    expect(await mentions(r.id)).toEqual(['CONFIRMED Amanda Spielman', 'REMOVED Stuart Gallimore']);
  });

  it('publishing confirms the outstanding suggestions and makes the links public', async () => {
    const r = await service.create({
      conferenceSlug: 'ncasc-2018',
      title: 'Funding',
      body: 'Matt Dunkley set out the pressures.',
    });
    const dunkley = await speakerId('Matt Dunkley');
    expect((await newLoaders().roundups.bySpeaker.load(dunkley)).map((x) => x.id)).not.toContain(r.id);
    const published = await service.publish(r.id);
    expect(published.status).toBe(RoundupStatus.PUBLISHED);
    expect(published.publishedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await mentions(r.id)).toEqual(['CONFIRMED Matt Dunkley']);
    expect((await newLoaders().roundups.bySpeaker.load(dunkley)).map((x) => x.id)).toContain(r.id);

    await service.unpublish(r.id);
    expect((await newLoaders().roundups.bySpeaker.load(dunkley)).map((x) => x.id)).not.toContain(r.id);
    await service.delete(r.id);
    expect(await ds.getRepository(RoundupEntity).findOneBy({ id: r.id })).toBeNull();
    expect(await mentions(r.id)).toEqual([]);
  });

  it('hides an unpublished seeded write-up where it is named as a source', async () => {
    const seeded = await ds.getRepository(RoundupEntity).findOneByOrFail({ title: 'NCASC 2018 Round-up' });
    expect(await loadRoundupModel(newLoaders().roundups, seeded.id)).toMatchObject({ id: seeded.id });
    await service.unpublish(seeded.id);
    expect(await loadRoundupModel(newLoaders().roundups, seeded.id)).toBeNull();
    await service.publish(seeded.id);
  });

  it('refuses unknown conferences, write-ups and mention targets by field', async () => {
    await expect(
      service.create({ conferenceSlug: 'ncasc-1999', title: 'x', body: 'y' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', field: 'conferenceSlug' });
    await expect(
      service.update('00000000-0000-4000-8000-000000000000', { title: 'x' }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
      field: 'id',
    });
    const r = await service.create({ conferenceSlug: 'ncasc-2018', title: 'x', body: 'y' });
    await expect(
      service.setMentionStatus(
        r.id,
        MentionKind.SESSION,
        '00000000-0000-4000-8000-000000000000',
        MentionStatus.CONFIRMED,
      ),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', field: 'targetId' });
  });

  it('settles the same mention requested twice at once, and leaves title and body alone on null', async () => {
    const r = await service.create({ conferenceSlug: 'ncasc-2018', title: 'Race', body: 'Nobody named.' });
    const garrod = await speakerId('Glen Garrod');
    await Promise.all(
      [1, 2, 3].map(() =>
        service.setMentionStatus(r.id, MentionKind.SPEAKER, garrod, MentionStatus.CONFIRMED),
      ),
    );
    expect(await mentions(r.id)).toEqual(['CONFIRMED Glen Garrod']);
    const same = await service.update(r.id, { title: null, body: null, author: 'Someone' });
    expect(same).toMatchObject({ title: 'Race', bodyMarkdown: 'Nobody named.', author: 'Someone' });
  });

  it('re-seeding keeps a seeded write-up staff took back to draft, and their mention decisions', async () => {
    const seeded = await ds.getRepository(RoundupEntity).findOneByOrFail({ title: 'NCASC 2018 Round-up' });
    const spielman = await speakerId('Amanda Spielman');
    await service.setMentionStatus(seeded.id, MentionKind.SPEAKER, spielman, MentionStatus.REMOVED);
    await service.unpublish(seeded.id);
    await applySeed(ds, readSeedData());
    expect((await ds.getRepository(RoundupEntity).findOneByOrFail({ id: seeded.id })).status).toBe(
      RoundupStatus.DRAFT,
    );
    expect(await mentions(seeded.id)).toContain('REMOVED Amanda Spielman');
    expect(await mentions(seeded.id)).toContain('CONFIRMED Stuart Gallimore');
    await service.setMentionStatus(seeded.id, MentionKind.SPEAKER, spielman, MentionStatus.CONFIRMED);
    await service.publish(seeded.id);
  });

  it('renders a preview with the suggested mentions as links', async () => {
    const { html, matches } = await service.preview('ncasc-2018', 'Amanda Spielman, then **Nadhim Zahawi**.');
    expect(matches.map((m) => m.matchedText)).toEqual(['Amanda Spielman', 'Nadhim Zahawi']);
    expect(html).toContain(
      `<a href="/speakers/${await speakerId('Amanda Spielman')}" class="mention">Amanda Spielman</a>`,
    );
    expect(html).toContain(
      `<strong><a href="/speakers/${await speakerId('Nadhim Zahawi')}" class="mention">`,
    );
  });
});
