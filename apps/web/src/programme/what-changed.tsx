import { ProgrammeVersionsDocument } from '@ncasc/shared/generated';
import { useQuery } from '../api';
import { describeChange, describeVersion, formatInstant } from './change-wording';

/** The published versions of a programme, newest first, each with its changes in words. */
export function WhatChanged({ slug }: { slug: string }) {
  const state = useQuery(ProgrammeVersionsDocument, { slug });
  if (state.status !== 'ready' || !state.data.conference) return null;
  const { programmeVersions: versions, timezone } = state.data.conference;
  if (!versions.length) return null;
  return (
    <details class="what-changed">
      <summary>What changed ({versions.length === 1 ? '1 version' : `${versions.length} versions`})</summary>
      <ol class="versions" reversed>
        {versions.map((v) => (
          <li key={v.number}>
            <h3>{describeVersion(v, (iso) => formatInstant(iso, timezone))}</h3>
            {v.changes.length ? (
              <ul class="change-list">
                {v.changes.map((c, i) => (
                  <li key={`${c.session?.id ?? c.field}-${c.kind}-${i}`} data-kind={c.kind}>
                    {describeChange(c)}
                  </li>
                ))}
              </ul>
            ) : (
              <p class="muted">
                {v.number === 1 ? 'The programme as first published.' : 'No session changed.'}
              </p>
            )}
          </li>
        ))}
      </ol>
    </details>
  );
}
