import { Module } from '@nestjs/common';
import { IncidentsModule } from '@cordon/incidents';
import { DecisionsService } from './decisions.service';
import { WarpController } from './warp.controller';
import { WarpRepository } from './warp.repository';
import { WarpService } from './warp.service';

/** WARP summaries: anonymised exports for sharing outside the council, and the owner's prompts to send one. */
@Module({
  imports: [IncidentsModule],
  controllers: [WarpController],
  providers: [WarpService, DecisionsService, WarpRepository],
  exports: [WarpService],
})
export class WarpModule {}
