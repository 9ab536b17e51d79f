/**
 * Broadcast templates: a subject and a body with `{{variable}}` placeholders, rendered
 * once per recipient into plain text, HTML (every value and every literal escaped) and
 * SMS text.
 */
export const TEMPLATE_VARIABLES = [
  'name',
  'reference',
  'title',
  'lan',
  'nextUpdate',
  'ackLink',
] as const;
export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number];

export type TemplateValues = Record<TemplateVariable, string>;

const PLACEHOLDER = /\{\{\s*([A-Za-z][A-Za-z0-9_]*)\s*\}\}/g;

/** Placeholders a template uses that are not variables, each once, in order of appearance. */
export function unknownVariables(template: string): string[] {
  const unknown: string[] = [];
  for (const match of template.matchAll(PLACEHOLDER)) {
    const name = match[1] ?? '';
    if (!(TEMPLATE_VARIABLES as readonly string[]).includes(name) && !unknown.includes(name))
      unknown.push(name);
  }
  return unknown;
}

export const usesVariable = (template: string, variable: TemplateVariable): boolean =>
  [...template.matchAll(PLACEHOLDER)].some((m) => m[1] === variable);

type Piece = { text: string } | { variable: TemplateVariable };

function pieces(template: string): Piece[] {
  const out: Piece[] = [];
  let at = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    const index = match.index ?? 0;
    if (index > at) out.push({ text: template.slice(at, index) });
    const name = match[1] ?? '';
    out.push(
      (TEMPLATE_VARIABLES as readonly string[]).includes(name)
        ? { variable: name as TemplateVariable }
        : { text: match[0] },
    );
    at = index + match[0].length;
  }
  if (at < template.length) out.push({ text: template.slice(at) });
  return out;
}

export function renderText(template: string, values: TemplateValues): string {
  return pieces(template)
    .map((p) => ('text' in p ? p.text : values[p.variable]))
    .join('');
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);

const link = (url: string): string =>
  url ? `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>` : '';

/** Escaped HTML: blank lines make paragraphs, single line breaks `<br>`; the ack link is a link. */
export function renderHtml(template: string, values: TemplateValues): string {
  const inline = pieces(template)
    .map((p) =>
      'text' in p
        ? escapeHtml(p.text)
        : p.variable === 'ackLink'
          ? link(values.ackLink)
          : escapeHtml(values[p.variable]),
    )
    .join('');
  return inline
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .map((para) => para.trim())
    .filter((para) => para.length > 0)
    .map((para) => `<p>${para.replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
}

export interface BroadcastContent {
  subject: string;
  body: string;
  /** The SMS text; without it the SMS is the subject. */
  smsBody?: string | null;
  requireAck: boolean;
}

export interface RenderedMessage {
  subject: string;
  text: string;
  html: string;
  sms: string;
}

export const ACK_SMS_LINE = 'Reply YES to confirm you have read this.';
const ACK_TEXT_LINE = 'Please confirm you have read this:';

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * What one recipient is sent. The SMS is the broadcast's own SMS text or, without one,
 * the subject — never the whole email. When acknowledgement is asked for and the body
 * does not place `{{ackLink}}` itself, the email ends with the link; the SMS always
 * ends with "Reply YES".
 */
export function renderMessage(content: BroadcastContent, values: TemplateValues): RenderedMessage {
  const subject = oneLine(renderText(content.subject, values));
  let text = renderText(content.body, values).trim();
  let html = renderHtml(content.body, values);
  let sms = content.smsBody ? renderText(content.smsBody, values).trim() : subject;
  if (content.requireAck) {
    if (!usesVariable(content.body, 'ackLink') && values.ackLink) {
      text += `\n\n${ACK_TEXT_LINE} ${values.ackLink}`;
      html += `\n<p>${escapeHtml(ACK_TEXT_LINE)} ${link(values.ackLink)}</p>`;
    }
    sms += `\n${ACK_SMS_LINE}`;
  }
  return { subject, text, html: wrapHtml(subject, html), sms };
}

/** The values all recipients of a broadcast share: those of its incident. */
export type IncidentValues = Pick<TemplateValues, 'reference' | 'title' | 'nextUpdate'>;

/**
 * A subject as the owner and the timeline show it: the incident's values filled in,
 * on one line; the per-recipient variables (`{{name}}`, `{{lan}}`, `{{ackLink}}`) are
 * left as written, since they differ from one recipient to the next.
 */
export function renderIncidentSubject(template: string, values: IncidentValues): string {
  return oneLine(
    pieces(template)
      .map((p) =>
        'text' in p
          ? p.text
          : p.variable in values
            ? values[p.variable as keyof IncidentValues]
            : `{{${p.variable}}}`,
      )
      .join(''),
  );
}

function wrapHtml(subject: string, body: string): string {
  return [
    '<!doctype html>',
    '<html><head><meta charset="utf-8">',
    `<title>${escapeHtml(subject)}</title></head>`,
    `<body>${body}</body></html>`,
  ].join('\n');
}

/** "15:00, Tue 27 Nov" in the council's time zone; "to be announced" without a time. */
export function formatUpdateTime(at: Date | null, timeZone = 'Europe/London'): string {
  if (!at) return 'to be announced';
  const time = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at);
  const day = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
  }).format(at);
  return `${time}, ${day}`;
}
