export * from './enums';
export * from './slugs';
export * from './time';
export * from './agenda';
export * from './collections';
