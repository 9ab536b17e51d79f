import { Body, Controller, Delete, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { GroupMappingView } from '@cordon/contracts';
import { ApiProblems, ApiView, UuidParam } from '@cordon/platform';
import { actorOf, AuthUser } from '../auth-user';
import { CurrentUser, Roles } from '../decorators';
import { CreateGroupMappingDto } from './group-mapping.dto';
import { GroupMappingsService } from './group-mappings.service';

@ApiTags('auth')
@ApiBearerAuth()
@Controller('auth/group-mappings')
export class GroupMappingsController {
  constructor(private readonly mappings: GroupMappingsService) {}

  @Get()
  @Roles('admin')
  @ApiOperation({ summary: "The mapping from the provider's groups to roles and departments" })
  @ApiView('GroupMappingList')
  @ApiProblems('unauthorized', 'forbidden')
  async list(): Promise<{ items: GroupMappingView[] }> {
    return { items: await this.mappings.list() };
  }

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Map a group to a role (an itu mapping names its department)' })
  @ApiView('GroupMappingView', 201)
  @ApiProblems('validation_failed', 'malformed_json', 'unauthorized', 'forbidden', 'conflict')
  add(
    @Body() dto: CreateGroupMappingDto,
    @CurrentUser() user: AuthUser,
  ): Promise<GroupMappingView> {
    return this.mappings.add(dto, actorOf(user));
  }

  @Delete(':id')
  @Roles('admin')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a mapping (users keep their roles until their next sign-in)' })
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiProblems('validation_failed', 'unauthorized', 'forbidden', 'not_found')
  remove(@UuidParam('id') id: string, @CurrentUser() user: AuthUser): Promise<void> {
    return this.mappings.remove(id, actorOf(user));
  }
}
