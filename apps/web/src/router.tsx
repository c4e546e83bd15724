import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';

const listeners = new Set<() => void>();

export function navigate(to: string, replace = false): void {
  if (replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  listeners.forEach((l) => l());
  window.scrollTo(0, 0);
}

/** Something of the location, updated on navigation and on back/forward. */
function useLocationPart(read: () => string): string {
  const [value, setValue] = useState(read);
  useEffect(() => {
    const update = () => setValue(read());
    listeners.add(update);
    window.addEventListener('popstate', update);
    return () => {
      listeners.delete(update);
      window.removeEventListener('popstate', update);
    };
    // read is one of the two functions below
  }, []);
  return value;
}

const readPath = () => location.pathname;
const readSearch = () => location.search;

/** The current path, updated on navigation and on back/forward. */
export function usePath(): string {
  return useLocationPart(readPath);
}

/** The current query string ("?q=…", or ""), updated on navigation and on back/forward. */
export function useSearch(): string {
  return useLocationPart(readSearch);
}

/**
 * Follows a click on a link to a page of this site (an `<a href="/…">` in HTML we did not render, such
 * as a write-up's body) without reloading; modified clicks and other links are left to the browser.
 */
export function followInternalLink(e: MouseEvent): void {
  if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  const a = (e.target as Element | null)?.closest?.('a[href^="/"]');
  if (!a || a.hasAttribute('download') || (a.getAttribute('target') ?? '_self') !== '_self') return;
  const href = a.getAttribute('href')!;
  if (href.startsWith('//')) return;
  e.preventDefault();
  navigate(href);
}

type LinkProps = JSX.HTMLAttributes<HTMLAnchorElement> & { href: string; children: ComponentChildren };

/** An ordinary link that navigates without reloading (modified clicks still open new tabs). */
export function Link({ href, children, ...rest }: LinkProps) {
  const onClick = (e: MouseEvent) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(href);
  };
  return (
    <a href={href} onClick={onClick} {...rest}>
      {children}
    </a>
  );
}

export { matchRoute, type Route } from '@ncasc/shared';
