import { applyDecorators } from '@nestjs/common';
import { CONFERENCE_SLUG_PATTERN } from '@ncasc/shared';
import { Transform } from 'class-transformer';
import { IsString, Matches } from 'class-validator';

/** Refuses text with NUL characters (PostgreSQL cannot store them; no person types one). */
export const NoNulCharacters = (): PropertyDecorator =>
  // eslint-disable-next-line no-control-regex -- the NUL character is exactly what is refused
  Matches(/^[^\u0000]*$/, { message: ({ property }) => `${property} must not contain NUL characters` });

/** Refuses text with nothing but white space, without trimming it (leading spaces can matter in Markdown). */
export const NotBlank = (): PropertyDecorator =>
  Matches(/\S/, { message: ({ property }) => `${property} must not be empty` });

/** Trims surrounding white space before the other checks run (so "   " is empty). */
export const Trimmed = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

/** A conference slug as the URLs use it: `ncasc-YYYY` or `adcs-YYYY`. */
export const IsConferenceSlug = (): PropertyDecorator =>
  applyDecorators(
    IsString(),
    Matches(CONFERENCE_SLUG_PATTERN, {
      message: ({ property }) => `${property} must be ncasc-YYYY or adcs-YYYY, e.g. ncasc-2018`,
    }),
  );
