export * from './enums';
export * from './slugs';
export * from './time';
export * from './time-zone';
export * from './agenda';
export * from './collections';
