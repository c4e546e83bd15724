import { DayPart } from './enums';

/**
 * The words and display slots the frab/c3voc exports use for sessions without a clock time, shared by
 * the export (which writes them) and the programme import (which reads them back, so an exported
 * programme imports with the precisions it had).
 */
export const ROOM_NOT_GIVEN = 'Room not given';
export const TIME_OF_DAY_NOT_GIVEN = 'Time of day not given';
export const NO_CLOCK_TIME = 'no clock time in the programme';
export const NO_END_TIME = 'no end time in the programme';

/** Where a session with only a day part (or only a day) is shown, in minutes after local midnight. */
export const DISPLAY_SLOTS: Record<DayPart | 'DAY', { start: number; duration: number }> = {
  [DayPart.MORNING]: { start: 9 * 60, duration: 3 * 60 },
  [DayPart.AFTERNOON]: { start: 13 * 60, duration: 4 * 60 },
  [DayPart.EVENING]: { start: 18 * 60, duration: 3 * 60 },
  DAY: { start: 9 * 60, duration: 8 * 60 },
};
