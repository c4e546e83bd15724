// Factories: each test file builds the rows it reads, through the product's repositories and services,
// instead of leaning on the seeded programmes (tests of the seeds themselves still load those).
export { ADCS_2018, createConference, createRoom, NCASC_2018 } from './conferences';
export { createRoundup } from './roundups';
export { createSession, createSessions, type Participant, type SessionFields } from './sessions';
export { createSpeaker, createTheme } from './speakers';
export { createUser } from './users';
