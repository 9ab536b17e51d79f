import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { DirectiveView, Page } from '@cordon/contracts';
import { AuthUser, CurrentUser, Roles } from '@cordon/auth';
import { ApiPage, ApiProblems, ApiView, PageQueryDto, UuidParam } from '@cordon/platform';
import { CreateDirectiveDto } from './dto/directive.dto';
import { DirectivesService } from './directives.service';

@ApiTags('directives')
@ApiBearerAuth()
@Controller()
export class DirectivesController {
  constructor(private readonly directives: DirectivesService) {}

  @Post('incidents/:id/directives')
  @Roles('owner', 'command')
  @ApiView('DirectiveView', 201)
  @ApiProblems('validation_failed', 'malformed_json', 'unauthorized', 'forbidden', 'not_found')
  issue(
    @UuidParam('id') id: string,
    @Body() dto: CreateDirectiveDto,
    @CurrentUser() user: AuthUser,
  ): Promise<DirectiveView> {
    return this.directives.issue(id, dto, user);
  }

  @Get('incidents/:id/directives')
  @Roles('owner', 'command', 'itu')
  @ApiPage('DirectiveView')
  @ApiProblems('validation_failed', 'unauthorized', 'forbidden', 'not_found')
  list(
    @UuidParam('id') id: string,
    @Query() query: PageQueryDto,
    @CurrentUser() user: AuthUser,
  ): Promise<Page<DirectiveView>> {
    return this.directives.list(id, query, user);
  }

  @Post('directives/:id/acknowledge')
  @HttpCode(200)
  @Roles('itu')
  @ApiView('DirectiveView')
  @ApiProblems('validation_failed', 'unauthorized', 'forbidden', 'not_found')
  acknowledge(@UuidParam('id') id: string, @CurrentUser() user: AuthUser): Promise<DirectiveView> {
    return this.directives.acknowledge(id, user);
  }
}
