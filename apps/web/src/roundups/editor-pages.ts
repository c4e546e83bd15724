// The staff pages of round-ups, loaded together as one chunk the first time one is opened (see
// main.tsx): most readers never open them, so their code stays out of the script every page loads.
export { EditRoundupPage } from './edit-roundup-page';
export { ImportRoundupPage } from './import-roundup-page';
export { NewRoundupPage } from './new-roundup-page';
