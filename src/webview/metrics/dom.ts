/**
 * Tiny DOM builders for the metrics page. Text always goes in as text nodes and values as
 * attributes, never through innerHTML, and nothing sets a `style` attribute (the panel's CSP has no
 * 'unsafe-inline'): looks come from classes in media/metrics.css and SVG presentation attributes.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

export type Attrs = Record<string, string | number | boolean | undefined | null>;
export type Child = Node | string | number | null | undefined | false;

function apply(element: Element, attrs: Attrs, children: Child[]): void {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'style') throw new Error('style attributes are blocked by the CSP: use a class');
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'number' ? String(child) : child);
  }
}

/** An HTML element. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  apply(element, attrs, children);
  return element;
}

/** An SVG element. */
export function s<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, tag);
  apply(element, attrs, children);
  return element;
}

/** A number the tests (and people) read: the element carries `data-metric="<name>"`. */
export function metric(name: string, text: string, className = 'num'): HTMLSpanElement {
  return h('span', { class: className, 'data-metric': name }, text);
}

const keys = new WeakMap<Element, string>();

/**
 * Replaces the children of `container` with `build()`, unless `key` (a digest of everything the
 * content depends on) is the one it was last built from: a snapshot a second where little changes
 * then rebuilds little, and a selection or hover inside an unchanged part survives.
 */
export function update(container: Element, key: string, build: () => Child[]): void {
  if (keys.get(container) === key) return;
  keys.set(container, key);
  const children = build().filter((c): c is Node | string | number => c !== null && c !== undefined && c !== false);
  container.replaceChildren(...children.map((c) => (typeof c === 'number' ? String(c) : c)));
}

/** 'en-US' integer with thousands separators: 12,345. */
export function int(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}
