import { Module } from '@nestjs/common';
import { SessionsModule } from '../sessions/sessions.module';
import { EmbedController } from './embed.controller';
import { EmbedService } from './embed.service';

/** The embeddable schedule: a custom element, its public data, and a page for iframes. */
@Module({
  imports: [SessionsModule],
  providers: [EmbedService],
  controllers: [EmbedController],
})
export class EmbedModule {}
