// The organisers' pages (the programme editor, a conference's settings, a new conference), loaded
// together as one chunk the first time one is opened (see main.tsx): delegates never open them, so
// their code stays out of the script every page loads.
export { ConferenceSettingsPage } from './conference-settings-page';
export { EditProgrammePage } from './edit-programme-page';
export { NewConferencePage } from './new-conference-page';
