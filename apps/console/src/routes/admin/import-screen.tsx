import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ChangeEvent, FormEvent, useEffect, useRef, useState } from 'react';
import type { ImportResult } from '../../api/types';
import { api } from '../../api/client';
import { ProblemAlert } from '../../ui/problem-alert';
import { importSummary, rejectedRows } from './admin-format';

const KINDS = {
  staff: {
    title: 'Staff import',
    path: 'staff/import',
    header: 'name,email,mobile,department,site,lan',
    about:
      'One member of staff per line. Department, site and LAN by code. Staff already known (by email) are updated.',
    invalidate: ['staff'],
  },
  devices: {
    title: 'Device import',
    path: 'devices/import',
    header: 'hostname,ip,lan,department,os,patches,avProduct,avSignatureDate',
    about:
      'One machine per line. LAN and department by code, patches separated by ";", dates as YYYY-MM-DD. Known hostnames are updated.',
    invalidate: ['devices'],
  },
} as const;

/** A CSV import (file or pasted), then what was created, updated and which lines were rejected and why. */
export function ImportScreen({ kind }: { kind: 'staff' | 'devices' }) {
  const words = KINDS[kind];
  const qc = useQueryClient();
  const [csv, setCsv] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [sent, setSent] = useState('');
  const run = useMutation({
    mutationFn: (text: string) =>
      api.post<ImportResult>(words.path, text, { 'content-type': 'text/csv' }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: [...words.invalidate] }),
  });
  const pick = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (!file) return;
    setFileName(file.name);
    setCsv(await file.text());
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSent(csv);
    run.mutate(csv);
  };
  const result = run.data;
  const report = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // the report is below the form: bring it into view (a phone shows one at a time)
    if (result) report.current?.focus();
  }, [result]);
  const rows = result ? rejectedRows(sent, result.rejected) : [];
  const lines = csv ? csv.split(/\r?\n/).filter((l) => l.trim()).length : 0;
  return (
    <section aria-labelledby="admin-title">
      <h2 id="admin-title">{words.title}</h2>
      <p>{words.about}</p>
      <p>
        First line (header): <code className="csv-line">{words.header}</code>
      </p>
      <form className="card" onSubmit={submit}>
        <label className="field">
          <span>CSV file</span>
          <input type="file" accept=".csv,text/csv,text/plain" onChange={pick} />
        </label>
        <label className="field">
          <span>Or paste the CSV</span>
          <textarea
            className="csv-paste"
            wrap="off"
            rows={8}
            value={csv}
            onChange={(e) => {
              setCsv(e.target.value);
              setFileName(null);
            }}
            placeholder={`${words.header}\n…`}
            spellCheck={false}
          />
          <span className="muted small">
            {fileName ? `${fileName}: ` : ''}
            {lines ? `${lines} lines including the header` : 'Nothing yet'}
          </span>
        </label>
        <div className="actions">
          <button type="submit" className="primary" disabled={run.isPending || !csv.trim()}>
            {run.isPending ? 'Importing…' : `Import ${kind === 'staff' ? 'staff' : 'devices'}`}
          </button>
        </div>
      </form>
      <ProblemAlert error={run.error} />
      {result && (
        <section className="card" aria-labelledby="import-report">
          <h3 id="import-report" ref={report} tabIndex={-1}>
            Import report: {importSummary(result)}
          </h3>
          <div className="import-counts" role="status">
            <span>
              <strong>{result.created}</strong> created
            </span>
            <span>
              <strong>{result.updated}</strong> updated
            </span>
            {result.deleted > 0 && (
              <span>
                <strong>{result.deleted}</strong> removed
              </span>
            )}
            <span>
              <strong>{result.rejected.length}</strong> rejected
            </span>
          </div>
          {rows.length === 0 ? (
            <p className="alert alert-ok">Every line was accepted.</p>
          ) : (
            <div className="table-wrap" tabIndex={0} role="region" aria-label="Rejected lines">
              <table>
                <caption className="muted small">
                  Rejected lines: correct them and import the file again (accepted lines are not
                  duplicated).
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Line</th>
                    <th scope="col">Why it was rejected, and what the line says</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={r.line} data-testid={`rejected-line-${r.line}`}>
                      <td>{r.line}</td>
                      <td>
                        {r.reason}
                        <code className="csv-line">{r.text ?? '(no such line in the file)'}</code>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      )}
    </section>
  );
}
