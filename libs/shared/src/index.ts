export * from './enums';
export * from './slugs';
export * from './time';
export * from './time-zone';
export * from './agenda';
export * from './collections';
export * from './schedule-slots';
export * from './sheet-text';
