import type { DataSource } from 'typeorm';
import type { ConferenceEntity } from '../../src/conferences/conference.entity';
import type { RoundupEntity } from '../../src/roundups/roundup.entity';
import { RoundupsService } from '../../src/roundups/roundups.service';
import { SessionEntity } from '../../src/sessions/session.entity';
import { next } from './sequence';

/**
 * A write-up, published unless `draft`: the speakers and sessions its body names become its links, as
 * when staff publish one. `sourceOf` sessions were read from it (as seeded sessions are).
 */
export async function createRoundup(
  ds: DataSource,
  conference: ConferenceEntity,
  fields: {
    title?: string;
    body?: string;
    author?: string;
    draft?: boolean;
    sourceOf?: SessionEntity[];
  } = {},
): Promise<RoundupEntity> {
  const service = new RoundupsService(ds);
  const n = next();
  let roundup = await service.create({
    conferenceSlug: conference.slug,
    title: fields.title ?? `Round-up ${n}`,
    body: fields.body ?? `What happened at ${conference.name}.`,
    author: fields.author ?? null,
  });
  if (!fields.draft) roundup = await service.publish(roundup.id);
  for (const s of fields.sourceOf ?? [])
    await ds.getRepository(SessionEntity).update(s.id, { sourceRoundupId: roundup.id });
  return roundup;
}
