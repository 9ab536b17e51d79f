import { Module } from '@nestjs/common';
import { QUEUES } from '@cordon/contracts';
import { QueueWorkersModule } from '@cordon/platform';
import { WarpEmailProcessor } from './warp-email.processor';

/** The WARP feature's jobs, for the worker: summaries emailed to the WARP address. */
@Module({
  imports: [...QueueWorkersModule.processing(QUEUES.warpEmail)],
  providers: [WarpEmailProcessor],
})
export class WarpJobsModule {}
