import type { AdvisoryView } from '@cordon/contracts';
import type { AdvisoryEntity } from './entities/advisory.entity';

export const toAdvisoryView = (a: AdvisoryEntity): AdvisoryView => ({
  id: a.id,
  identifier: a.identifier,
  title: a.title,
  severity: a.severity,
  affectedBuilds: a.affectedBuilds,
  patch: a.patch,
  summary: a.summary,
  createdAt: a.createdAt.toISOString(),
  updatedAt: a.updatedAt.toISOString(),
});

/** The stream advisories' events go on (campaigns have one each: `campaign:<id>`). */
export const PATCHING_STREAM = 'patching';

export const campaignStream = (campaignId: string): string => `campaign:${campaignId}`;
