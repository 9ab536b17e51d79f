/** The review screens' shapes, from the api's OpenAPI document (schema.d.ts). */
import type { components } from '../../api/schema';

type Schemas = components['schemas'];

export type ReviewView = Schemas['ReviewView'];
export type ReviewActionView = Schemas['ReviewActionView'];
export type ReviewSummaryView = Schemas['ReviewSummaryView'];
export type ReviewStatus = Schemas['ReviewStatus'];
export type UserRef = Schemas['UserRef'];

/** Query-cache keys of the review screens. */
export const reviewKeys = {
  review: (incidentId: string) => ['review', incidentId] as const,
  incident: (incidentId: string) => ['review', incidentId, 'incident'] as const,
  assignees: (incidentId: string) => ['review', incidentId, 'assignees'] as const,
  list: (status: string) => ['reviews', status] as const,
};
