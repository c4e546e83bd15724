import type { ComponentChildren } from 'preact';
import { RoleOnly } from '../ui/role-only';

/** An organiser's page: a sign-in link for a visitor, a refusal for anyone else. */
export function OrganiserOnly({
  title,
  doing,
  children,
}: {
  title: string;
  doing: string;
  children: ComponentChildren;
}) {
  return (
    <RoleOnly
      title={title}
      allowed={(me) => me.role === 'ORGANISER'}
      signInAs={`as an organiser to ${doing}`}
      refusal={`Only organisers can ${doing}.`}
    >
      {() => children}
    </RoleOnly>
  );
}
