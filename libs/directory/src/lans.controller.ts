import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { LanView, Page } from '@cordon/contracts';
import { AuthUser, CurrentUser, Roles } from '@cordon/auth';
import { ApiPage, ApiProblems, ApiView, UuidParam } from '@cordon/platform';
import { CreateLanDto, LanQueryDto } from './dto/lan.dto';
import { LansService } from './lans.service';

@ApiTags('lans')
@ApiBearerAuth()
@Controller('lans')
export class LansController {
  constructor(private readonly lans: LansService) {}

  @Post()
  @Roles('admin')
  @ApiView('LanView', 201)
  @ApiProblems(
    'validation_failed',
    'malformed_json',
    'unauthorized',
    'forbidden',
    'conflict',
    'unprocessable',
  )
  create(@Body() dto: CreateLanDto, @CurrentUser() user: AuthUser): Promise<LanView> {
    return this.lans.create(dto, user);
  }

  @Get()
  @Roles('owner', 'command', 'itu')
  @ApiPage('LanView')
  @ApiProblems('validation_failed', 'unauthorized', 'forbidden')
  list(@Query() query: LanQueryDto, @CurrentUser() user: AuthUser): Promise<Page<LanView>> {
    return this.lans.list(query, user);
  }

  @Get(':id')
  @Roles('owner', 'command', 'itu')
  @ApiView('LanView')
  @ApiProblems('validation_failed', 'unauthorized', 'forbidden', 'not_found')
  get(@UuidParam('id') id: string, @CurrentUser() user: AuthUser): Promise<LanView> {
    return this.lans.get(id, user);
  }
}
