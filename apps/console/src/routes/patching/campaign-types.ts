/** The api's shapes for advisories and patch campaigns (from the generated schema). */
import type { components } from '../../api/schema';

type Schemas = components['schemas'];

export type AdvisoryView = Schemas['AdvisoryView'];
export type AdvisorySeverity = Schemas['AdvisorySeverity'];
export type CreateAdvisoryRequest = Schemas['CreateAdvisoryRequest'];
export type CampaignView = Schemas['CampaignView'];
export type CampaignSummaryView = Schemas['CampaignSummaryView'];
export type CampaignStatus = Schemas['CampaignStatus'];
export type CampaignTestDeviceView = Schemas['CampaignTestDeviceView'];
export type CampaignDepartmentView = Schemas['CampaignDepartmentView'];
export type ApprovalBlocker = Schemas['ApprovalBlocker'];
export type RolloutCounts = Schemas['RolloutCounts'];
export type RolloutDeviceView = Schemas['RolloutDeviceView'];
export type TestResult = Schemas['TestResult'];
