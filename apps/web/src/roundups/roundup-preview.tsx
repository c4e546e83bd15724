import { PreviewRoundupDocument, type PreviewRoundupQuery } from '@ncasc/shared/generated';
import { useEffect, useState } from 'preact/hooks';
import { asApiError, request } from '../api';
import { MentionSummary, mentionKey } from './mention-summary';

type Preview = PreviewRoundupQuery['previewRoundup'];

type PreviewState =
  | { status: 'idle' }
  | { status: 'loading'; last: Preview | null }
  | { status: 'ready'; data: Preview }
  | { status: 'error'; message: string };

/** The rendered text and its suggested mentions, asked for 400 ms after the typing stops. */
export function usePreview(conferenceSlug: string, body: string): PreviewState {
  const [state, setState] = useState<PreviewState>({ status: 'idle' });
  useEffect(() => {
    if (!body.trim()) {
      setState({ status: 'idle' });
      return;
    }
    let live = true;
    setState((s) => ({
      status: 'loading',
      last: s.status === 'ready' ? s.data : s.status === 'loading' ? s.last : null,
    }));
    const timer = setTimeout(() => {
      request(PreviewRoundupDocument, { conferenceSlug, body }).then(
        (d) => live && setState({ status: 'ready', data: d.previewRoundup }),
        (e: unknown) => live && setState({ status: 'error', message: asApiError(e).message }),
      );
    }, 400);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [conferenceSlug, body]);
  return state;
}

/** Opens a link in the preview in a new tab, so the text being written stays. */
function openPreviewLink(e: MouseEvent) {
  const a = (e.target as Element | null)?.closest?.('a[href]');
  if (!a) return;
  e.preventDefault();
  window.open(a.getAttribute('href')!, '_blank', 'noopener');
}

export function PreviewPanel({ state }: { state: PreviewState }) {
  const data = state.status === 'ready' ? state.data : state.status === 'loading' ? state.last : null;
  return (
    <section class="roundup-preview" aria-labelledby="preview-heading" aria-busy={state.status === 'loading'}>
      <h2 id="preview-heading">Preview</h2>
      {state.status === 'idle' ? <p class="muted">The preview appears as you write.</p> : null}
      {state.status === 'error' ? <p class="problem">Could not show the preview: {state.message}</p> : null}
      {state.status === 'loading' && !data ? <p class="muted">Updating the preview…</p> : null}
      {data ? (
        <>
          {/* rendered and sanitised by the API; links open in a new tab, keeping this page */}
          <div
            class="prose preview-body"
            onClick={openPreviewLink}
            dangerouslySetInnerHTML={{ __html: data.bodyHtml }}
          />
          <h3 id="suggested-heading">Suggested mentions</h3>
          {data.mentions.length ? (
            <ul class="mention-list" aria-labelledby="suggested-heading">
              {data.mentions.map((m) => (
                <li key={mentionKey(m)} class="mention-item">
                  <MentionSummary m={m} />
                </li>
              ))}
            </ul>
          ) : (
            <p class="muted">The text names no speaker or session of this conference that we know of.</p>
          )}
        </>
      ) : null}
    </section>
  );
}
