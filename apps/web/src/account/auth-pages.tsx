import { CreateFirstOrganiserDocument, SignInDocument, SignUpDocument } from '@ncasc/shared/generated';
import type { JSX } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { type ApiError, asApiError, mutate } from '../api';
import { authHref, nextPath, signedInAs, useMe } from './account';
import { Layout } from '../ui/layout';
import { Link, navigate } from '../router';

export const MIN_PASSWORD_LENGTH = 10;

type Field = 'name' | 'email' | 'password';
type Errors = Partial<Record<Field, string>> & { general?: string };

/** A message for the person: the API's words with its field name in front made friendlier. */
function fieldMessage(field: Field, message: string): string {
  const m = message.replace(new RegExp(`^${field}\\s+`, 'i'), '');
  return m === message ? message : `${field[0].toUpperCase()}${field.slice(1)} ${m}`;
}

/** Where an error from the API goes: next to the field it names, else above the form. */
function placeError(e: ApiError, fields: Field[]): Errors {
  const field = e.field?.replace(/^input\./, '') as Field | undefined;
  if (e.code === 'BAD_USER_INPUT' && field && fields.includes(field))
    return { [field]: fieldMessage(field, e.message) };
  return { general: e.message };
}

function TextField({
  id,
  label,
  error,
  hint,
  inputRef,
  ...input
}: {
  id: Field;
  label: string;
  error?: string;
  hint?: string;
  inputRef?: (el: HTMLInputElement | null) => void;
} & JSX.InputHTMLAttributes<HTMLInputElement>) {
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div class={`field${error ? ' has-error' : ''}`}>
      <label for={id}>{label}</label>
      {hint ? (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p class="field-error" id={`${id}-error`}>
          <span class="visually-hidden">Error: </span>
          {error}
        </p>
      ) : null}
      <input
        id={id}
        name={id}
        ref={inputRef}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
        {...input}
      />
    </div>
  );
}

type Mode = 'sign-in' | 'sign-up' | 'setup';

function AuthForm({ mode, setupToken }: { mode: Mode; setupToken?: string }) {
  // the first organiser's set-up form is a sign-up form that sends the link's token along
  const signUp = mode !== 'sign-in';
  const fields: Field[] = signUp ? ['name', 'email', 'password'] : ['email', 'password'];
  const [values, setValues] = useState<Record<Field, string>>({ name: '', email: '', password: '' });
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const inputs = useRef<Partial<Record<Field, HTMLInputElement | null>>>({});
  const generalRef = useRef<HTMLDivElement>(null);

  const set = (f: Field) => (e: Event) =>
    setValues((v) => ({ ...v, [f]: (e.target as HTMLInputElement).value }));

  const show = (found: Errors) => {
    setErrors(found);
    const first = fields.find((f) => found[f]);
    // focus the first field to fix, or the message about the form
    setTimeout(() => (first ? inputs.current[first]?.focus() : generalRef.current?.focus()), 0);
  };

  const onSubmit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    const found: Errors = {};
    if (signUp && !values.name.trim()) found.name = 'Enter your name';
    if (!values.email.trim()) found.email = 'Enter your email address';
    else if (!/^\S+@\S+\.\S+$/.test(values.email.trim()))
      found.email = 'Enter an email address, such as name@council.gov.uk';
    if (!values.password) found.password = 'Enter your password';
    else if (signUp && values.password.length < MIN_PASSWORD_LENGTH)
      found.password = `Password must be at least ${MIN_PASSWORD_LENGTH} characters`;
    if (Object.keys(found).length) return show(found);

    setBusy(true);
    setErrors({});
    let user: { id: string };
    try {
      const email = values.email.trim();
      const account = { name: values.name.trim(), email, password: values.password };
      user = setupToken
        ? (await mutate(CreateFirstOrganiserDocument, { input: { ...account, token: setupToken } }))
            .createFirstOrganiser.user
        : signUp
          ? (
              await mutate(SignUpDocument, {
                input: { name: values.name.trim(), email, password: values.password },
              })
            ).signUp.user
          : (await mutate(SignInDocument, { input: { email, password: values.password } })).signIn.user;
    } catch (err) {
      setBusy(false);
      return show(placeError(asApiError(err), fields));
    }
    // the other tabs stop showing (and saving as) whoever was signed in there
    signedInAs(user);
    // only ever a path on this site (see nextPath); the set-up link is not kept in the history
    navigate(setupToken ? '/' : nextPath(location.search), true);
  };

  return (
    <form class="auth-form" noValidate onSubmit={(e) => void onSubmit(e)}>
      <div ref={generalRef} tabIndex={-1} class="form-problem-slot">
        {errors.general ? (
          <p class="problem" role="alert">
            {errors.general}
          </p>
        ) : null}
      </div>
      {signUp ? (
        <TextField
          id="name"
          label="Your name"
          type="text"
          autoComplete="name"
          value={values.name}
          onInput={set('name')}
          error={errors.name}
          inputRef={(el) => (inputs.current.name = el)}
          maxLength={120}
          required
        />
      ) : null}
      <TextField
        id="email"
        label="Email address"
        type="email"
        autoComplete={signUp ? 'email' : 'username'}
        spellcheck={false}
        value={values.email}
        onInput={set('email')}
        error={errors.email}
        inputRef={(el) => (inputs.current.email = el)}
        maxLength={254}
        required
      />
      <TextField
        id="password"
        label="Password"
        type="password"
        autoComplete={signUp ? 'new-password' : 'current-password'}
        hint={signUp ? `At least ${MIN_PASSWORD_LENGTH} characters.` : undefined}
        value={values.password}
        onInput={set('password')}
        error={errors.password}
        inputRef={(el) => (inputs.current.password = el)}
        maxLength={200}
        required
      />
      <div role="status" class="visually-hidden">
        {busy ? (signUp ? 'Creating your account…' : 'Signing in…') : ''}
      </div>
      <button type="submit" class="button" disabled={busy}>
        {setupToken ? 'Create organiser account' : signUp ? 'Create account' : 'Sign in'}
      </button>
    </form>
  );
}

const LEADS: Record<Mode, string> = {
  'sign-in': 'Your schedule and notes are waiting.',
  'sign-up': 'Star the sessions you want to go to and keep private notes on them.',
  setup:
    'This link was printed when the app started. It works once: the account you create here is an organiser, who can draft and publish programmes and give others their roles.',
};

const TITLES: Record<Mode, string> = {
  'sign-in': 'Sign in',
  'sign-up': 'Create an account',
  setup: 'Create the first organiser',
};

function AuthPage({ mode, setupToken }: { mode: Mode; setupToken?: string }) {
  const me = useMe();
  const title = TITLES[mode];
  const next = mode === 'setup' ? '/' : nextPath(location.search);
  return (
    <Layout title={title}>
      <div class="narrow">
        <h1>{title}</h1>
        {me ? (
          <p class="status" role="status">
            You are signed in as {me.name}. <Link href={next}>Carry on</Link>
          </p>
        ) : (
          <>
            <p class="lead">{LEADS[mode]}</p>
            <AuthForm key={mode} mode={mode} setupToken={setupToken} />
            {mode === 'sign-up' ? (
              <p>
                Already have an account? <Link href={authHref('/sign-in')}>Sign in</Link>
              </p>
            ) : mode === 'sign-in' ? (
              <p>
                New here? <Link href={authHref('/sign-up')}>Create an account</Link>
              </p>
            ) : null}
          </>
        )}
      </div>
    </Layout>
  );
}

/** `/setup/:token`: the first run's one-time link (printed by the server) makes the first organiser. */
export function FirstOrganiserPage({ token }: { token: string }) {
  return <AuthPage mode="setup" setupToken={token} />;
}

export function SignInPage() {
  return <AuthPage mode="sign-in" />;
}

export function SignUpPage() {
  return <AuthPage mode="sign-up" />;
}
