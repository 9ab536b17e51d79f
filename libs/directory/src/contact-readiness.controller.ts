import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { ContactGapView, ContactReadinessView, Page } from '@cordon/contracts';
import { Roles } from '@cordon/auth';
import { ApiPage, ApiProblems, ApiView } from '@cordon/platform';
import { ContactReadinessService } from './contact-readiness.service';
import { ContactGapQueryDto } from './dto/contact-readiness.dto';

@ApiTags('directory')
@ApiBearerAuth()
@Controller('directory/contact-readiness')
@Roles('owner', 'command', 'admin')
export class ContactReadinessController {
  constructor(private readonly readiness: ContactReadinessService) {}

  @Get()
  @ApiView('ContactReadinessView')
  @ApiProblems('unauthorized', 'forbidden')
  get(): Promise<ContactReadinessView> {
    return this.readiness.readiness();
  }

  @Get('gaps')
  @ApiPage('ContactGapView')
  @ApiProblems('validation_failed', 'unauthorized', 'forbidden')
  gaps(@Query() query: ContactGapQueryDto): Promise<Page<ContactGapView>> {
    return this.readiness.gaps(query);
  }
}
