/**
 * The incident the demo opens in the middle of: Welchia found in Social Services and
 * Education (the founding case study), about an hour in. Everything here is played
 * through the feature services, in the order the owner would have done it.
 */
export const WELCHIA = {
  title: 'W32.Welchia in Social Services and Education',
  severity: 1,
  updateCadenceMinutes: 60,
  summary:
    'Hosts in Social Services and Education are scanning TCP 135 and flooding the network ' +
    'with ICMP: W32.Welchia, through machines missing the RPC patches (MS03-026, MS03-039). ' +
    'Both departments’ LANs are in the plan; infected LANs are shut down and cleaned ' +
    'machine by machine before they reopen.',
  /** Both departments' LANs enter the plan. */
  departments: ['SOC', 'EDU'],
  /** Shut down, then cleaning: one cleanup task per device. */
  closedLans: ['SOC-HALL', 'EDU-NGATE'],
  closeReason: 'Hosts scanning TCP 135; the LAN is closed until every machine is cleaned',
  /** Share of each closed LAN's cleanup tasks done with evidence, and claimed in progress. */
  doneShare: 0.3,
  claimedShare: 0.08,
  /** Evidence of a cleaned machine: the standard build and a clean scan. */
  evidence: { avSignatureDate: '2026-02-21', scanClean: true, avProduct: 'Sophos Anti-Virus' },
  directive: {
    text: 'Install the RPC patch (MS03-026, and MS03-039 with it) on every machine by 18:00, and confirm here.',
    /** Due at this UTC hour today, or tomorrow when today's has passed (or is under an hour away). */
    dueHourUtc: 18,
    acknowledgedBy: ['SOC', 'EDU', 'FIN'],
  },
  broadcast: {
    idempotencyKey: 'demo-welchia-staff-1',
    subject: '{{reference}}: virus on the network - what to do now',
    body:
      'Dear {{name}},\n\n' +
      'A computer virus (W32.Welchia) is spreading on the council network in Social Services ' +
      'and Education. Your LAN ({{lan}}) may be closed for cleaning: IT staff will patch and ' +
      'scan every machine. Leave your PC switched on, do not plug in laptops from home, and ' +
      'do not call the help desk about a slow network: it is part of this incident.\n\n' +
      'Next update by {{nextUpdate}}. Please confirm you have read this: {{ackLink}}\n',
    /** Every n-th recipient (by email) acknowledged by the link in their email. */
    linkAckEvery: 5,
    /** Recipients acknowledged by hand, by the command desk, after a phone call. */
    consoleAcks: 6,
    consoleNote: 'Rang the help desk; told what to do',
  },
  detections: {
    lan: 'SOC-HALL',
    count: 2,
    signature: 'W32.Welchia.Worm: ICMP sweep, then TCP 135 (RPC DCOM)',
    source: 'ids-core-1',
  },
  update:
    'Social Services LANs are closed for cleaning, starting with Civic Hall, and so is ' +
    'Education’s Northgate House LAN. IT units are patching, updating anti-virus and scanning ' +
    'every machine; about a third are done. Other LANs stay open. Please leave your PC ' +
    'switched on. Next update within the hour.',
} as const;

/** The directive's due time: `hour`:00 UTC today, or tomorrow when that is less than an hour away. */
export function directiveDueAt(now: Date, hour: number): Date {
  const due = new Date(
    Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), hour, 0, 0),
  );
  if (due.getTime() - now.getTime() < 3600_000) due.setUTCDate(due.getUTCDate() + 1);
  return due;
}
