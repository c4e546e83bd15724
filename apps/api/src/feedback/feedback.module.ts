import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module';
import { SessionsModule } from '../sessions/sessions.module';
import { FeedbackExportController } from './feedback-export.controller';
import { FeedbackEntity } from './feedback.entity';
import { FeedbackResolver, SessionFeedbackResolver } from './feedback.resolver';
import { FeedbackService } from './feedback.service';

@Module({
  imports: [TypeOrmModule.forFeature([FeedbackEntity]), AccountsModule, SessionsModule],
  providers: [FeedbackService, FeedbackResolver, SessionFeedbackResolver],
  controllers: [FeedbackExportController],
})
export class FeedbackModule {}
