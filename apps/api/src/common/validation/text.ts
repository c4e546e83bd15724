import { Transform } from 'class-transformer';
import { Matches } from 'class-validator';

/** Refuses text with NUL characters (PostgreSQL cannot store them; no person types one). */
export const NoNulCharacters = (): PropertyDecorator =>
  // eslint-disable-next-line no-control-regex -- the NUL character is exactly what is refused
  Matches(/^[^\u0000]*$/, { message: ({ property }) => `${property} must not contain NUL characters` });

/** Trims surrounding white space before the other checks run (so "   " is empty). */
export const Trimmed = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
