import { Module } from '@nestjs/common';

/** Incident reports and metrics across incidents, computed from the event log alone. */
@Module({})
export class ReportsModule {}
