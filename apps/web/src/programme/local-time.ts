// The form's zone arithmetic is the shared module's (libs/shared/src/time-zone.ts), as the API's is.
export { instantToLocal, localToInstant } from '@ncasc/shared';
