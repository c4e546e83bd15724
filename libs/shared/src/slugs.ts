import { ConferenceSeries } from './enums';

/** Conference slugs are `ncasc-YYYY` or `adcs-YYYY`. */
export const CONFERENCE_SLUG_PATTERN = /^(ncasc|adcs)-(\d{4})$/;

export function conferenceSlug(series: ConferenceSeries, year: number): string {
  return `${series.toLowerCase()}-${year}`;
}

export function parseConferenceSlug(slug: string): { series: ConferenceSeries; year: number } | null {
  const m = CONFERENCE_SLUG_PATTERN.exec(slug);
  if (!m) return null;
  return { series: m[1] === 'ncasc' ? ConferenceSeries.NCASC : ConferenceSeries.ADCS, year: Number(m[2]) };
}

export function isConferenceSlug(value: string): boolean {
  return CONFERENCE_SLUG_PATTERN.test(value);
}

/** Lower-case ASCII words joined by hyphens: "Children’s mental health" → "childrens-mental-health". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
