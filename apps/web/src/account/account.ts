import { MeDocument, type MeFragment, SignOutDocument } from '@ncasc/shared/generated';
import { forgetThisDevice } from '../schedule/push-device';
import { useEffect } from 'preact/hooks';
import { AccountSync, tabLink } from './account-sync';
import { invalidate, mutate, request, useQuery } from '../api';
import { authHref } from './auth-paths';
import { navigate } from '../router';
import { signedIn } from './signed-in';

export type Me = MeFragment;
export { authHref, currentPath, nextPath } from './auth-paths';

const accountSync = new AccountSync({
  signedIn,
  fetchMe: async () => (await request(MeDocument, {})).me,
  invalidate: () => invalidate(),
});

/** Keeps this tab on the account the other tabs sign in to (call once, at start). */
export function startAccountSync(): void {
  accountSync.connect(tabLink(window), document);
}

/** Who is signed in: `undefined` while we ask (or could not), `null` when signed out. */
export function useMe(): Me | null | undefined {
  const state = useQuery(MeDocument, {});
  const me = state.status === 'ready' ? state.data.me : undefined;
  const id = me === undefined ? undefined : (me?.id ?? null);
  // the server's answer is who notes are saved for
  useEffect(() => {
    if (id !== undefined) signedIn.set(id);
  }, [id]);
  return me;
}

/** Sends a signed-out visitor to sign in, to come back here. */
export function goToSignIn(): void {
  navigate(authHref('/sign-in'));
}

/** This tab signed in or created an account: the other tabs hear of it. */
export function signedInAs(user: Pick<Me, 'id'>): void {
  accountSync.announce(user.id);
}

export async function signOut(): Promise<void> {
  // notifications on this device are the account's: they stop with it
  await forgetThisDevice();
  await mutate(SignOutDocument, {});
  // this tab's drafts go (see notes-store), and the other tabs hear of it
  accountSync.announce(null);
}

/** Staff and organisers write round-ups (and see drafts). */
export function canWriteRoundups(me: Pick<Me, 'role'> | null | undefined): boolean {
  return me?.role === 'STAFF' || me?.role === 'ORGANISER';
}
