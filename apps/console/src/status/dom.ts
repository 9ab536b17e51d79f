// A tiny element builder: text always goes in as text, never as HTML.
type Attrs = Record<string, string | boolean | undefined>;
type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    // through the CSSOM: the CSP (docs/security.md) refuses style attributes, not this
    if (name === 'style') el.style.cssText = String(value);
    else el.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) if (child) el.append(child);
  return el;
}

export const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
