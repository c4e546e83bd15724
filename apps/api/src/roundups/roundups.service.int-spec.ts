import type { DataSource } from 'typeorm';
import { SessionType } from '@ncasc/shared';
import {
  createConference,
  createRoundup,
  createSession,
  createSpeaker,
  NCASC_2018,
} from '../../test/factories';
import { createSeededDatabase } from '../../test/seeded-database';
import { createTestDatabase } from '../../test/test-database';
import { PublicReader } from '../common/dataloaders/public-reader';
import { readSeedData } from '../database/seed/seed-files';
import { applySeed } from '../database/seed/seeder';
import type { ConferenceEntity } from '../conferences/conference.entity';
import { PublicDataCache } from '../common/cache/public-data-cache';
import { PublishedProgramme } from '../sessions/published/published-programme.service';
import { programmeLoaders } from '../sessions/sessions.loaders';
import { SpeakerEntity } from '../speakers/speaker.entity';
import { loadRoundupModel } from './models/roundup.model';
import { RoundupEntity, RoundupStatus } from './roundup.entity';
import { MentionKind, MentionStatus } from './roundup-mention.entity';
import { roundupsLoaders } from './roundups.loaders';
import { RoundupsService } from './roundups.service';

const speakerIdIn = async (ds: DataSource, name: string) =>
  (await ds.getRepository(SpeakerEntity).findOneByOrFail({ name })).id;

/** A request's loaders (no rows shared between requests). */
function requestLoaders(ds: DataSource) {
  const reader = new PublicReader(ds);
  return { ...programmeLoaders(reader, new PublishedProgramme(ds, new PublicDataCache())), roundups: roundupsLoaders(reader) };
}

/** Mentions as "STATUS name-or-title", as staff would review them. */
async function mentionsIn(ds: DataSource, roundupId: string): Promise<string[]> {
  const loaders = requestLoaders(ds);
  const rows = await loaders.roundups.mentions.load(roundupId);
  const list = await Promise.all(
    rows.map(async (m) =>
      m.kind === MentionKind.SPEAKER
        ? `${m.status} ${(await loaders.speakers.byId.load(m.targetId))!.name}`
        : `${m.status} session: ${(await loaders.sessions.byId.load(m.targetId))!.title}`,
    ),
  );
  return list.sort();
}

describe('RoundupsService', () => {
  let ds: DataSource;
  let service: RoundupsService;
  let ncasc2018: ConferenceEntity;
  let source: RoundupEntity;
  const speakerId = (name: string) => speakerIdIn(ds, name);
  const newLoaders = () => requestLoaders(ds);
  const mentions = (roundupId: string) => mentionsIn(ds, roundupId);

  beforeAll(async () => {
    ds = await createTestDatabase();
    service = new RoundupsService(ds);
    ncasc2018 = await createConference(ds, NCASC_2018);
    const speaker = (name: string) => createSpeaker(ds, { name });
    const opening = await createSession(ds, ncasc2018, {
      title: 'Inspection and the year ahead',
      participants: [await speaker('Amanda Spielman'), await speaker('Stuart Gallimore')],
    });
    await createSession(ds, ncasc2018, {
      title: 'Opportunity areas',
      participants: [await speaker('Nadhim Zahawi')],
    });
    await createSession(ds, ncasc2018, {
      title: 'Funding children’s services',
      participants: [await speaker('Matt Dunkley'), await speaker('Glen Garrod')],
    });
    await createSession(ds, ncasc2018, { title: 'The Guardian quiz', type: SessionType.SOCIAL });
    source = await createRoundup(ds, ncasc2018, {
      title: 'NCASC 2018 Round-up',
      body: 'Amanda Spielman opened the conference.',
      sourceOf: [opening],
    });
  });
  afterAll(() => ds.destroy());

  it('creates a draft, suggesting the speakers and sessions its text names', async () => {
    const r = await service.create({
      conferenceSlug: ncasc2018.slug,
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
      conferenceSlug: ncasc2018.slug,
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
      conferenceSlug: ncasc2018.slug,
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

  it('hides an unpublished write-up where it is named as a source', async () => {
    expect(await loadRoundupModel(newLoaders().roundups, source.id)).toMatchObject({ id: source.id });
    await service.unpublish(source.id);
    expect(await loadRoundupModel(newLoaders().roundups, source.id)).toBeNull();
    await service.publish(source.id);
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
    const r = await service.create({ conferenceSlug: ncasc2018.slug, title: 'x', body: 'y' });
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
    const r = await service.create({ conferenceSlug: ncasc2018.slug, title: 'Race', body: 'Nobody named.' });
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

  it('renders a preview with the suggested mentions as links', async () => {
    const { html, matches } = await service.preview(
      ncasc2018.slug,
      'Amanda Spielman, then **Nadhim Zahawi**.',
    );
    expect(matches.map((m) => m.matchedText)).toEqual(['Amanda Spielman', 'Nadhim Zahawi']);
    expect(html).toContain(
      `<a href="/speakers/${await speakerId('Amanda Spielman')}" class="mention">Amanda Spielman</a>`,
    );
    expect(html).toContain(
      `<strong><a href="/speakers/${await speakerId('Nadhim Zahawi')}" class="mention">`,
    );
  });
});

// what re-seeding does to the seeded write-ups is the seeds' own behaviour: this one loads them
describe('RoundupsService on the seeded programmes', () => {
  let ds: DataSource;
  let service: RoundupsService;
  const speakerId = (name: string) => speakerIdIn(ds, name);
  const mentions = (roundupId: string) => mentionsIn(ds, roundupId);
  beforeAll(async () => {
    ds = await createSeededDatabase();
    service = new RoundupsService(ds);
  });
  afterAll(() => ds.destroy());

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
});
