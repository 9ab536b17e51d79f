import { Controller, Get, Res } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '@cordon/auth';
import type { HealthView } from '@cordon/contracts';
import { ApiView, HealthService, schemaRef } from '@cordon/platform';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Public()
  @Get()
  @ApiOperation({ summary: '200 when PostgreSQL and Redis answer, 503 otherwise' })
  @ApiView('HealthView')
  @ApiResponse({
    status: 503,
    description: 'PostgreSQL or Redis unreachable',
    schema: schemaRef('HealthView'),
  })
  async check(@Res({ passthrough: true }) res: Response): Promise<HealthView> {
    const view = await this.health.check();
    res.status(view.status === 'ok' ? 200 : 503);
    return view;
  }
}
