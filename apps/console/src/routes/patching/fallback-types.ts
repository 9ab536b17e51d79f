/** The api's shapes for critical services and fall-back plans (from the generated schema). */
import type { components } from '../../api/schema';

type Schemas = components['schemas'];

export type CriticalServiceView = Schemas['CriticalServiceView'];
export type CreateCriticalServiceRequest = Schemas['CreateCriticalServiceRequest'];
export type FallbackStep = Schemas['FallbackStep'];
export type FallbackAttachmentView = Schemas['FallbackAttachmentView'];
export type FallbackStepView = Schemas['FallbackStepView'];
