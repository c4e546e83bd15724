import { useEffect, useState } from 'preact/hooks';
import { followInternalLink } from '../router';

type Render = (source: string, topHeading: number) => string;
let renderer: Promise<Render> | null = null;
/** The renderer (markdown-it and DOMPurify), fetched the first time a note is shown. */
const loadRenderer = (): Promise<Render> =>
  (renderer ??= import('./note-markdown').then((m) => m.renderNoteMarkdown));

/**
 * A note as it reads: its Markdown rendered and sanitised in the browser (so a note kept on this
 * device, or written offline, reads the same). Until the renderer has loaded, or if it cannot be, the
 * plain text with its line breaks.
 */
export function NoteBody({ body, topHeading }: { body: string; topHeading: number }) {
  const [render, setRender] = useState<Render | null>(null);
  useEffect(() => {
    let live = true;
    loadRenderer().then(
      (r) => live && setRender(() => r),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  if (!render) return <div class="note-text">{body}</div>;
  // sanitised by renderNoteMarkdown; links to our own pages are followed in the app
  return (
    <div
      class="prose note-prose"
      onClick={followInternalLink}
      dangerouslySetInnerHTML={{ __html: render(body, topHeading) }}
    />
  );
}
