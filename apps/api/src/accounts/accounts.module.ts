import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppSettingEntity } from '../common/database/app-setting.entity';
import { RateLimitsModule } from './rate-limits/rate-limits.module';
import { AccountsResolver } from './accounts.resolver';
import { AccountsService } from './accounts.service';
import { FirstOrganiserService } from './first-organiser.service';
import { SignInDelay } from './sign-in-limiter';
import { AuthTokenEntity } from './auth-token.entity';
import { UserEntity } from './user.entity';

@Module({
  imports: [TypeOrmModule.forFeature([UserEntity, AuthTokenEntity, AppSettingEntity]), RateLimitsModule],
  providers: [AccountsService, FirstOrganiserService, AccountsResolver, SignInDelay],
  exports: [AccountsService, FirstOrganiserService],
})
export class AccountsModule {}
