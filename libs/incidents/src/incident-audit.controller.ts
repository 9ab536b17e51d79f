import { Get, Controller, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@cordon/auth';
import { ApiProblems, ApiText, UuidParam } from '@cordon/platform';
import { AuditQueryDto } from './dto/audit.dto';
import { AUDIT_CONTENT_TYPES, IncidentAuditService } from './incident-audit.service';

@ApiTags('incidents')
@ApiBearerAuth()
@Controller('incidents')
export class IncidentAuditController {
  constructor(private readonly audit: IncidentAuditService) {}

  @Get(':id/audit')
  @Roles('owner', 'command', 'itu')
  @ApiOperation({
    summary:
      'The event log as an attachment with its hash chain (each event carries the hash of the one before); check it with tools/audit-verify.ts',
  })
  @ApiText(
    'The events in seq order: stream, seq, at, type, actor, data, prevHash, hash',
    Object.values(AUDIT_CONTENT_TYPES),
  )
  @ApiProblems('validation_failed', 'unauthorized', 'forbidden', 'not_found')
  async export(
    @UuidParam('id') id: string,
    @Query() query: AuditQueryDto,
    @CurrentUser() user: AuthUser,
  ): Promise<StreamableFile> {
    const file = await this.audit.export(id, query.format ?? 'jsonl', user);
    return new StreamableFile(file.body, {
      type: file.contentType,
      disposition: `attachment; filename="${file.filename}"`,
    });
  }
}
