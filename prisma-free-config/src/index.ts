export * from './config';
export * from './environment';
export * from './data-source-options';
