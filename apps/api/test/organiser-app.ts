import { DataSource } from 'typeorm';
import { createTestApp, type TestApp } from './create-test-app';
import { createConference, createSession, NCASC_2018 } from './factories';

export const ORGANISER = { email: 'organiser@ncasc.example', password: 'organiser-pass-1' };

/** A test app with an organiser account and NCASC 2018 holding `sessions` published sessions. */
export async function createOrganiserApp(sessions: number): Promise<TestApp> {
  const t = await createTestApp({
    seed: false,
    env: { ORGANISER_EMAIL: ORGANISER.email, ORGANISER_PASSWORD: ORGANISER.password },
  });
  const ds = t.app.get(DataSource);
  const conference = await createConference(ds, NCASC_2018);
  for (let i = 0; i < sessions; i++) await createSession(ds, conference);
  return t;
}

/** The organiser's bearer token. */
export async function signInAsOrganiser(t: TestApp): Promise<string> {
  const signIn = await t.gql<{ signIn: { token: string } }>(
    'mutation ($i: SignInInput!) { signIn(input: $i) { token } }',
    { i: ORGANISER },
  );
  return signIn.data.signIn.token;
}
