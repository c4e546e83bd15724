import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '@ncasc/config';
import type { RequestHandler } from 'express';
import helmet from 'helmet';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { APP_CONFIG } from '../app-config';
import { PublicDataCache } from '../common/cache/public-data-cache';
import { type PublicFile, publicFile, sizeOfPublicFile } from '../common/http/public-file';
import { CONTENT_SECURITY_POLICY } from '../common/http/security-headers';
import { PublishedProgramme } from '../sessions/published/published-programme.service';
import { defaultWebDistDir } from '../web/web-client';
import { embedProgramme } from './embed-data';

/** What the schedule's data endpoint sends: the JSON, made once per public data version. */
export interface EmbedAnswer {
  version: number;
  /** The conference's name (the iframe page's title). */
  name: string;
  /** The JSON, compressed once per encoding, with the ETag `"programme-<version>"` (per encoding). */
  file: PublicFile;
}

/**
 * The embeddable schedule: its script (built with the web client, apps/web/src/embed) and its data,
 * the published programme in the agenda's words, kept per public data version in the public data cache.
 */
@Injectable()
export class EmbedService {
  constructor(
    private readonly programme: PublishedProgramme,
    private readonly cache: PublicDataCache,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.framePolicy = this.makeFramePolicy();
  }

  private script: Promise<string | null> | undefined;

  async data(slug: string): Promise<EmbedAnswer | null> {
    const reader = this.programme.reader();
    const c = await reader.conferenceBySlug(slug);
    if (!c) return null;
    return this.cache.get(
      `embed|${slug}`,
      c.version,
      (grow) =>
        Promise.resolve({
          version: c.version,
          name: c.row.name,
          file: publicFile(
            {
              body: JSON.stringify(embedProgramme(c, this.config.publicUrl)),
              tag: `programme-${c.version}`,
              headers: { 'X-Programme-Version': String(c.version) },
            },
            grow,
          ),
        }),
      (a) => sizeOfPublicFile(a.file),
    );
  }

  /** The custom element's script; null when the web client is not built. */
  elementScript(): Promise<string | null> {
    this.script ??= readFile(
      join(this.config.webDistDir ?? defaultWebDistDir(), 'embed', 'schedule.js'),
      'utf8',
    ).catch(() => null);
    return this.script;
  }

  /**
   * The Content-Security-Policy of /embed/:slug: the web client's, except that the sites named in
   * EMBED_FRAME_ANCESTORS (any, by default) may frame it. Made once.
   */
  readonly framePolicy: RequestHandler;

  private makeFramePolicy(): RequestHandler {
    return helmet.contentSecurityPolicy({
      useDefaults: false,
      directives: {
        ...CONTENT_SECURITY_POLICY,
        frameAncestors: this.config.embedFrameAncestors,
        ...(this.config.publicUrl.startsWith('https:') ? { upgradeInsecureRequests: [] } : {}),
      },
    });
  }
}
