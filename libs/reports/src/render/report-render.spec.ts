import { buildIncidentReport } from '@cordon/domain';
import type { EventView } from '@cordon/contracts';
import { duration, esc, mdCell } from './format';
import { reportHtml } from './report-html';
import { reportMarkdown } from './report-markdown';
import { burndownSvg } from './report-svg';

const at = (min: number) => new Date(Date.UTC(2026, 2, 2, 9, min)).toISOString();
const user = { id: 'u1', name: 'Alice <Owner>', kind: 'user' as const };

function events(): EventView[] {
  const list: [string, Record<string, unknown>][] = [
    [
      'incident.created',
      {
        reference: 'INC-2026-0001',
        title: 'Worm <script>alert(1)</script>',
        severity: 1,
        summary: 'a | b',
        owner: { id: 'u1', name: 'Alice <Owner>' },
        updateCadenceMinutes: 60,
        nextUpdateDueAt: at(60),
      },
    ],
    ['lan.planned', { lanId: 'l1', code: 'SOC-HALL', departmentId: 'd1', siteId: 's1' }],
    [
      'lan.phase_changed',
      { lanId: 'l1', code: 'SOC-HALL', from: 'planned', to: 'shut_down', reason: null },
    ],
    [
      'task.created',
      {
        taskId: 't1',
        kind: 'clean_device',
        deviceId: 'pc1',
        departmentId: 'd1',
        title: 'Clean',
        hostname: 'PC1',
        lanId: 'l1',
        dueAt: null,
      },
    ],
  ];
  return list.map(([type, data], i) => ({ seq: i + 1, at: at(i * 5), type, actor: user, data }));
}

describe('the printable report and its Markdown', () => {
  const report = buildIncidentReport(events(), {
    incidentId: 'i1',
    now: at(30),
    departments: { d1: { code: 'SOC', name: 'Social & Care' } },
  });

  it('escapes every text in the page and draws the burndown as SVG paths', () => {
    const html = reportHtml(report, 'Europe/London');
    expect(html).not.toContain('<script>');
    expect(html).toContain('Worm &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Alice &lt;Owner&gt;');
    expect(html).toContain('SOC (Social &amp; Care)');
    expect(html).toMatch(/<path d="M[\d.]+,[\d.]+H[\d.]+" fill="none" stroke="#1d4f91"/);
    expect(html).toContain('<span class="badge live">LIVE</span>');
  });

  it('keeps Markdown tables whole when a cell holds a pipe or a tag', () => {
    const md = reportMarkdown(report, 'Europe/London');
    expect(md).toContain('# INC-2026-0001: Worm &lt;script>alert(1)&lt;/script>');
    expect(md).toContain('- **Summary:** a \\| b');
    expect(md).toMatch(
      /\| SOC-HALL \| Shut down \| 2 Mar 2026, 09:10 \| 20 min \| 0 s \| — \| 1 \|/,
    );
    expect(md).toContain('**Live report.**');
  });

  it('draws nothing for an empty burndown and writes durations plainly', () => {
    expect(burndownSvg([], 0, String)).toBe('');
    expect([duration(null), duration(45_000), duration(3_900_000)]).toEqual([
      '—',
      '45 s',
      '1 h 05 min',
    ]);
    expect(esc(`"'&`)).toBe('&quot;&#39;&amp;');
    expect(mdCell('a\nb|c')).toBe('a b\\|c');
  });
});
