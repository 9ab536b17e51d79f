/**
 * What an ITU member may read of a campaign's event: a campaign is council-wide, but its
 * events name devices (test machines, claims, outcomes) and department stages. For a
 * reader limited to one department (`only`), an event about another department's device
 * or stage is left out (null), and lists of devices inside an event keep that
 * department's devices alone. `departmentOf` gives a device's department.
 */
export function scopeCampaignEventData(
  data: Record<string, unknown>,
  only: string | null,
  departmentOf: (deviceId: string) => string | undefined,
): Record<string, unknown> | null {
  if (only === null) return data;
  const foreign = (item: Record<string, unknown>): boolean =>
    (typeof item.departmentId === 'string' && item.departmentId !== only) ||
    (typeof item.deviceId === 'string' && departmentOf(item.deviceId) !== only);
  if (foreign(data)) return null;
  const scoped: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    scoped[key] = Array.isArray(value)
      ? value.filter((v) => typeof v !== 'object' || v === null || !foreign(v))
      : value;
  }
  return scoped;
}

/** Every device id an event's data names (at its top level or in its lists). */
export function campaignEventDeviceIds(data: Record<string, unknown>): string[] {
  const ids: string[] = [];
  const take = (item: unknown) => {
    if (typeof item === 'object' && item !== null) {
      const id = (item as { deviceId?: unknown }).deviceId;
      if (typeof id === 'string') ids.push(id);
    }
  };
  take(data);
  for (const value of Object.values(data)) if (Array.isArray(value)) value.forEach(take);
  return ids;
}
