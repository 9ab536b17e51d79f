import { Module } from '@nestjs/common';

/** WARP summaries: anonymised exports for sharing outside the council, and the owner's prompts to send one. */
@Module({})
export class WarpModule {}
