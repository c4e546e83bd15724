import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { Link } from '../router';

export function Layout({ title, children }: { title: string; children: ComponentChildren }) {
  useEffect(() => {
    document.title = `${title} · Conference programmes`;
  }, [title]);
  return (
    <>
      <a class="skip-link" href="#main">
        Skip to content
      </a>
      <header class="site-header">
        <Link href="/" class="brand">
          Conference programmes
        </Link>
        <span class="brand-sub">NCASC and the ADCS Annual Conference</span>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer class="site-footer">
        <p>
          Programmes reconstructed from published round-ups; where a source does not say, we leave it blank.
        </p>
      </footer>
    </>
  );
}

export function Loading() {
  return (
    <p class="status" role="status">
      Loading…
    </p>
  );
}

export function Problem({ message }: { message: string }) {
  return (
    <div class="problem" role="alert">
      <p>{message}</p>
      <p>
        <Link href="/">Back to all conferences</Link>
      </p>
    </div>
  );
}
