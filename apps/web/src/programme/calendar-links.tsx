import { useState } from 'preact/hooks';

/** webcal:// makes calendar apps subscribe (and keep polling) instead of importing a copy once. */
export function webcalUrl(httpsUrl: string): string {
  return httpsUrl.replace(/^https?:/, 'webcal:');
}

/** The absolute URL of a path on this site (calendar apps need absolute links). */
export const absolute = (path: string, origin: string = location.origin): string =>
  new URL(path, origin).toString();

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Subscribe (webcal://), the https address for apps that ask for one, and a copy button — for a calendar
 * that changes when the programme does.
 */
export function CalendarLinks({ url, label, id }: { url: string; label: string; id: string }) {
  const [copied, setCopied] = useState<string | null>(null);
  const copy = async () =>
    setCopied((await copyText(url)) ? 'Link copied.' : 'Could not copy: select the address and copy it.');
  return (
    <div class="calendar-links">
      <p>
        <a class="button" href={webcalUrl(url)}>
          Subscribe in my calendar app
        </a>{' '}
        <a href={url} download>
          Download .ics
        </a>
      </p>
      <label for={id}>{label}</label>
      <div class="copy-row">
        <input
          id={id}
          type="text"
          readOnly
          value={url}
          onFocus={(e) => (e.target as HTMLInputElement).select()}
        />
        <button type="button" class="button secondary" onClick={() => void copy()}>
          Copy link
        </button>
      </div>
      <p role="status" class="muted">
        {copied ?? ''}
      </p>
    </div>
  );
}
