import type { DataSource } from 'typeorm';
import { ProgrammeVersionEntity } from './programme-version.entity';

/**
 * When a conference's programme last changed in a way its sessions' own dates may not show (a session
 * removed, a version published), for Last-Modified: the latest published version's time.
 */
export async function latestPublish(ds: DataSource, conferenceId: string): Promise<Date | null> {
  return (await latestVersion(ds, conferenceId))?.publishedAt ?? null;
}

/** The conference's latest published programme version, or null before its first. */
export function latestVersion(ds: DataSource, conferenceId: string): Promise<ProgrammeVersionEntity | null> {
  return ds
    .getRepository(ProgrammeVersionEntity)
    .findOne({ where: { conferenceId }, order: { number: 'DESC' } });
}

export const latest = (...dates: (Date | null | undefined)[]): Date =>
  new Date(Math.max(0, ...dates.filter((d): d is Date => d instanceof Date).map((d) => d.getTime())));
