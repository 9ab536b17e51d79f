import { Module } from '@nestjs/common';

/** Advisories, patch campaigns (like machines, approval, staged rollout) and fall-back plans for critical services. */
@Module({})
export class PatchingModule {}
