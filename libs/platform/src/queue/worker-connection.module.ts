import { Module } from '@nestjs/common';
import { WorkerConnection } from './worker-connection';

/** One `WorkerConnection` for @nestjs/bullmq's configuration and for its closing. */
@Module({ providers: [WorkerConnection], exports: [WorkerConnection] })
export class WorkerConnectionModule {}
