import { MeDocument, type MeFragment, SignOutDocument } from '@ncasc/shared/generated';
import { mutate, useQuery } from './api';
import { authHref } from './auth-paths';
import { navigate } from './router';

export type Me = MeFragment;
export { authHref, currentPath, nextPath } from './auth-paths';

/** Who is signed in: `undefined` while we ask (or could not), `null` when signed out. */
export function useMe(): Me | null | undefined {
  const state = useQuery(MeDocument, {});
  return state.status === 'ready' ? state.data.me : undefined;
}

/** Sends a signed-out visitor to sign in, to come back here. */
export function goToSignIn(): void {
  navigate(authHref('/sign-in'));
}

export async function signOut(): Promise<void> {
  await mutate(SignOutDocument, {});
}
