import { Module } from '@nestjs/common';
import type { AppConfig } from '@ncasc/config';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../app-config';
import { RateLimitStore } from './rate-limit.store';
import { WriteLimiter } from './write-limiter';

@Module({
  providers: [
    { provide: RateLimitStore, inject: [DataSource], useFactory: (ds: DataSource) => new RateLimitStore(ds) },
    {
      provide: WriteLimiter,
      inject: [RateLimitStore, APP_CONFIG],
      useFactory: (store: RateLimitStore, config: AppConfig) =>
        new WriteLimiter(store, {
          user: config.rateLimits.writesUser,
          address: config.rateLimits.writesAddress,
        }),
    },
  ],
  exports: [RateLimitStore, WriteLimiter],
})
export class RateLimitsModule {}
