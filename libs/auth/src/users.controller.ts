import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Page, UserView } from '@cordon/contracts';
import { ApiPage, ApiProblems, ApiView } from '@cordon/platform';
import { actorOf, AuthUser } from './auth-user';
import { CurrentUser, Roles } from './decorators';
import { CreateUserDto } from './dto/create-user.dto';
import { UserQueryDto } from './dto/user-query.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Post()
  @Roles('admin')
  @ApiView('UserView', 201)
  @ApiProblems(
    'validation_failed',
    'malformed_json',
    'unauthorized',
    'forbidden',
    'conflict',
    'unprocessable',
  )
  create(@Body() dto: CreateUserDto, @CurrentUser() user: AuthUser): Promise<UserView> {
    return this.users.create(dto, actorOf(user));
  }

  @Get()
  @Roles('admin')
  @ApiPage('UserView')
  @ApiProblems('validation_failed', 'unauthorized', 'forbidden')
  list(@Query() query: UserQueryDto): Promise<Page<UserView>> {
    return this.users.list(query);
  }
}
