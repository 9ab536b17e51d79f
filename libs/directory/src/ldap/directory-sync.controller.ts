import { Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { DirectorySyncReport, DirectorySyncStatus } from '@cordon/contracts';
import { actorOf, AuthUser, CurrentUser, Roles } from '@cordon/auth';
import { ApiProblems, ApiView } from '@cordon/platform';
import { DirectorySyncQueryDto } from './directory-sync.dto';
import { DirectorySyncService } from './directory-sync.service';

@ApiTags('directory')
@ApiBearerAuth()
@Controller('directory/sync')
export class DirectorySyncController {
  constructor(private readonly directorySync: DirectorySyncService) {}

  @Get()
  @Roles('admin')
  @ApiView('DirectorySyncStatus')
  @ApiProblems('unauthorized', 'forbidden')
  status(): Promise<DirectorySyncStatus> {
    return this.directorySync.status();
  }

  @Post()
  @HttpCode(200)
  @Roles('admin')
  @ApiView('DirectorySyncReport')
  @ApiProblems('validation_failed', 'unauthorized', 'forbidden', 'conflict', 'unavailable')
  sync(
    @Query() query: DirectorySyncQueryDto,
    @CurrentUser() user: AuthUser,
  ): Promise<DirectorySyncReport> {
    return this.directorySync.sync(actorOf(user), {
      dryRun: query.dryRun ?? false,
      trigger: 'on_demand',
    });
  }
}
