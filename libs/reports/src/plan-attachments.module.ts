import { Global, Module } from '@nestjs/common';
import { AuthModule } from '@cordon/auth';
import { EMAIL_ATTACHMENTS } from '@cordon/delivery';
import { PlanAttachments } from './plan-attachments';
import { PlanAttachmentsRepository } from './plan-attachments.repository';
import { PrintablePlanModule } from './printable-plan.module';

/**
 * Worker side: provides `EMAIL_ATTACHMENTS` (libs/delivery's port) so that the owner's
 * reminder carries the printable plan. Global, so the delivery jobs module finds it
 * without importing reports (delivery stays below the features it sends for).
 */
@Global()
@Module({
  imports: [AuthModule, PrintablePlanModule],
  providers: [
    PlanAttachmentsRepository,
    PlanAttachments,
    { provide: EMAIL_ATTACHMENTS, useExisting: PlanAttachments },
  ],
  exports: [EMAIL_ATTACHMENTS],
})
export class PlanAttachmentsModule {}
