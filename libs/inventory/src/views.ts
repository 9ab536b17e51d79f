import type { DeviceView } from '@cordon/contracts';
import { assessCompliance, Baseline } from '@cordon/domain';
import type { DeviceEntity } from './entities/device.entity';

export const toDeviceView = (d: DeviceEntity, baseline: Baseline): DeviceView => {
  const compliance = assessCompliance(d, baseline);
  return {
    id: d.id,
    hostname: d.hostname,
    ip: d.ip,
    mac: d.mac,
    lanId: d.lanId,
    departmentId: d.departmentId,
    os: d.os,
    health: d.health,
    compliant: compliance.compliant,
    missingPatches: compliance.missingPatches,
    issues: compliance.issues,
    patches: d.patches,
    avProduct: d.avProduct,
    avSignatureDate: d.avSignatureDate,
  };
};
