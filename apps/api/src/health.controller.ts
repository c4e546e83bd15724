import { Controller, Get } from '@nestjs/common';
import { DataSource } from 'typeorm';

@Controller('healthz')
export class HealthController {
  constructor(private readonly ds: DataSource) {}

  /** For load balancers and start scripts: 200 once the database answers. */
  @Get()
  async health(): Promise<{ status: 'ok'; database: string }> {
    await this.ds.query('SELECT 1');
    return { status: 'ok', database: this.ds.options.type };
  }
}
