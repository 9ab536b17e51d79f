import { Injectable } from '@nestjs/common';
import type { DeviceView, Page } from '@cordon/contracts';
import type { AuthUser } from '@cordon/auth';
import { notFound, readableDepartment } from '@cordon/domain';
import { BaselineService } from './baseline.service';
import { DevicesRepository } from './devices.repository';
import { DeviceQueryDto } from './dto/device.dto';
import { toDeviceView } from './views';

@Injectable()
export class DevicesService {
  constructor(
    private readonly devices: DevicesRepository,
    private readonly baselines: BaselineService,
  ) {}

  /** Devices by host name, each with its compliance; ITU members see their department's only. */
  async list(query: DeviceQueryDto, user: AuthUser): Promise<Page<DeviceView>> {
    const departmentId = readableDepartment(user, query.departmentId);
    const baseline = await this.baselines.current();
    return this.devices.page(
      { departmentId, lanId: query.lanId, health: query.health, q: query.q },
      query,
      (d) => toDeviceView(d, baseline),
    );
  }

  async get(id: string, user: AuthUser): Promise<DeviceView> {
    const row = await this.devices.byId(id);
    if (!row) throw notFound('Device', id);
    readableDepartment(user, row.departmentId);
    return toDeviceView(row, await this.baselines.current());
  }
}
