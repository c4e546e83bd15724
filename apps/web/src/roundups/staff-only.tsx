import type { ComponentChildren } from 'preact';
import { canWriteRoundups } from '../account/account';
import { RoleOnly } from '../ui/role-only';

/** Staff and organisers only: a sign-in link for visitors, a message for delegates. */
export function StaffOnly({ title, children }: { title: string; children: () => ComponentChildren }) {
  return (
    <RoleOnly
      title={title}
      allowed={canWriteRoundups}
      signInAs="as staff to write round-ups"
      refusal="Only staff can write round-ups."
    >
      {children}
    </RoleOnly>
  );
}
