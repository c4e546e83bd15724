import { Global, Injectable, Module } from '@nestjs/common';
import { type Lookup, VersionedCache } from './versioned-cache';

/**
 * Memory for everything built from public data and shared by every request (the published programme's
 * models, public calendars), under one budget: least recently used go first, and a newer public data
 * version drops everything older (see VersionedCache). The 2,000-session programme's models take about
 * 3 MB, the 20,000-session one about 25 MB (and as much again once its calendar's events are written).
 */
export const PUBLIC_DATA_MAX_BYTES = 160 * 2 ** 20;

@Injectable()
export class PublicDataCache {
  private readonly cache = new VersionedCache<object>(PUBLIC_DATA_MAX_BYTES);

  /**
   * The value kept under `key` at `version`, or made once (however many ask at once) and kept. `make`
   * is given `grow`, for what the value adds to its size once kept (a compressed copy made later).
   */
  get<T extends object>(
    key: string,
    version: number,
    make: (grow: (bytes: number) => void) => Promise<T | null>,
    size: (value: T) => number,
  ): Promise<T | null> {
    return this.cache.get(
      key,
      version,
      () => make((bytes) => this.cache.grow(key, version, bytes)),
      size as (value: object) => number,
    ) as Promise<T | null>;
  }

  /** What is kept under `key` at `version`, being made, or the task of making it (see VersionedCache). */
  lookup<T extends object>(key: string, version: number): Lookup<T> {
    return this.cache.lookup(key, version) as Lookup<T>;
  }

  /** Counts more bytes for what is kept under `key` at `version` (see VersionedCache.grow). */
  grow(key: string, version: number, bytes: number): void {
    this.cache.grow(key, version, bytes);
  }

  stats(): { entries: number; bytes: number } {
    return this.cache.stats();
  }
}

/** The one public data cache, for every module. */
@Global()
@Module({ providers: [PublicDataCache], exports: [PublicDataCache] })
export class PublicDataModule {}
