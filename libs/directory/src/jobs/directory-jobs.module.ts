import { Module } from '@nestjs/common';
import { QUEUES } from '@cordon/contracts';
import { QueueWorkersModule } from '@cordon/platform';
import { DirectoryModule } from '../directory.module';
import { DirectorySyncProcessor } from './directory-sync.processor';

/** The directory's jobs, for the worker: the scheduled directory sync (when configured). */
@Module({
  imports: [...QueueWorkersModule.processing(QUEUES.directorySync), DirectoryModule],
  providers: [DirectorySyncProcessor],
})
export class DirectoryJobsModule {}
