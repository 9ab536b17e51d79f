import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { LanPlanView, Page } from '../../api/types';
import { api } from '../../api/client';
import { describeProblem } from '../../api/problem';
import { Confirm } from '../../ui/confirm';
import { useAllLans, useDepartments, useSites } from './directory-queries';
import { incidentKeys } from './keys';
import { lansToAdd } from './lan-board';

interface Props {
  incidentId: string;
  planned: LanPlanView[];
  onAdded: (text: string) => void;
  onClose: () => void;
}

/** Puts LANs in the plan: those not in it yet, by department and site. */
export function AddLansDialog({ incidentId, planned, onAdded, onClose }: Props) {
  const qc = useQueryClient();
  const lans = useAllLans(true);
  const departments = useDepartments();
  const sites = useSites();
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const groups = lansToAdd(
    lans.data?.items ?? [],
    planned,
    departments.data?.items ?? [],
    sites.data?.items ?? [],
  );
  const toggle = (ids: string[], on: boolean) =>
    setChosen((s) => {
      const next = new Set(s);
      for (const id of ids)
        if (on) next.add(id);
        else next.delete(id);
      return next;
    });
  return (
    <Confirm
      title="Add LANs to the plan"
      confirmLabel={chosen.size > 1 ? `Add ${chosen.size} LANs to the plan` : 'Add to plan'}
      onClose={onClose}
      onConfirm={async () => {
        if (chosen.size === 0) throw new Error('Choose at least one LAN.');
        await api.post<Page<LanPlanView>>(`incidents/${incidentId}/lans`, { lanIds: [...chosen] });
        await qc.invalidateQueries({ queryKey: incidentKeys.lans(incidentId), exact: true });
        onAdded(`${chosen.size} LAN${chosen.size === 1 ? '' : 's'} added to the plan.`);
      }}
    >
      {lans.isPending && <p role="status">Loading the LANs…</p>}
      {lans.isError && <p className="alert alert-error">{describeProblem(lans.error)}</p>}
      {lans.isSuccess && groups.length === 0 && <p>Every LAN is in the plan already.</p>}
      <div className="lan-picker">
        {groups.map((g) => {
          const ids = g.sites.flatMap((s) => s.lans.map((l) => l.id));
          const all = ids.every((id) => chosen.has(id));
          return (
            <fieldset key={g.department.id}>
              <legend>{g.department.label}</legend>
              <label className="check">
                <input
                  type="checkbox"
                  checked={all}
                  onChange={(e) => toggle(ids, e.target.checked)}
                />
                <span>All {ids.length} of this department</span>
              </label>
              {g.sites.map((s) => (
                <div key={s.id} className="lan-picker-site">
                  <p className="muted">{s.label}</p>
                  {s.lans.map((l) => (
                    <label key={l.id} className="check">
                      <input
                        type="checkbox"
                        checked={chosen.has(l.id)}
                        onChange={(e) => toggle([l.id], e.target.checked)}
                      />
                      <span>
                        <strong>{l.code}</strong> {l.name}
                      </span>
                    </label>
                  ))}
                </div>
              ))}
            </fieldset>
          );
        })}
      </div>
    </Confirm>
  );
}
