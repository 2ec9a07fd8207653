// A last check before an SVG leaves the app: a file a reader downloads, opens in a
// browser tab or places in a page must not run code or fetch anything. Works on
// the text (what is actually written), parsed with the platform's DOMParser.

/** Elements that run code, embed other documents or animate attributes (and so could rewrite an href). */
const FORBIDDEN_ELEMENTS = new Set([
  'script',
  'foreignobject',
  'iframe',
  'embed',
  'object',
  'handler',
  'listener',
  'animate',
  'animatemotion',
  'animatetransform',
  'set',
  'discard',
]);

const LOCAL_URL = /^\s*url\(\s*(['"]?)#[A-Za-z_][\w.-]*\1\s*\)\s*$/;

/** Every `url(...)` in a value, as written. */
function urls(value: string): string[] {
  return value.match(/url\s*\([^)]*\)?/gi) ?? [];
}

function compact(value: string): string {
  // Browsers ignore tabs, newlines and control characters inside a URL scheme ("java\tscript:").
  return value.replace(/[\u0000-\u0020]+/g, '').toLowerCase();
}

/**
 * Problems that make `text` unsafe as a standalone SVG; [] when it is fine.
 * Checks: well-formed SVG root; no script-like or embedding elements; no event
 * handler attributes; no `javascript:` in any attribute (text content is inert and not checked); href/xlink:href only
 * to local `#id`s; `url()` only as `url(#id)`; no @import; no DOCTYPE (entities)
 * and no processing instructions besides the XML declaration.
 */
export function assertSafeSvg(text: string): string[] {
  const problems: string[] = [];
  // Raw-text checks catch what a parser may hide (CDATA, comments, a DOCTYPE's internal subset).
  if (/<script/i.test(text)) problems.push('contains "<script"');
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) problems.push('contains a DOCTYPE or entity declaration');
  if (/<\?(?!xml\s)/i.test(text.replace(/^\uFEFF?<\?xml\s[^?]*\?>/, ''))) problems.push('contains a processing instruction');

  const Parser = (globalThis as { DOMParser?: typeof DOMParser }).DOMParser;
  if (!Parser) return [...problems, 'cannot parse: no DOMParser in this environment'];
  const doc = new Parser().parseFromString(text, 'image/svg+xml');
  const root = doc.documentElement;
  if (!root || doc.getElementsByTagName('parsererror').length > 0 || root.localName === 'parsererror') {
    return [...problems, 'is not well-formed XML'];
  }
  if (root.localName !== 'svg' || root.namespaceURI !== 'http://www.w3.org/2000/svg') {
    problems.push(`root element is <${root.nodeName}>, not an SVG <svg>`);
  }

  for (const el of [root, ...root.getElementsByTagName('*')]) {
    const name = el.localName.toLowerCase();
    const where = `<${el.nodeName}>`;
    if (FORBIDDEN_ELEMENTS.has(name)) problems.push(`${where} element is not allowed`);
    if (name === 'style') {
      if (/@import/i.test(el.textContent ?? '')) problems.push(`${where} uses @import`);
      for (const u of urls(el.textContent ?? '')) if (!LOCAL_URL.test(u)) problems.push(`${where} refers to ${u}`);
    }
    for (const attr of el.attributes) {
      const an = attr.localName.toLowerCase();
      const value = attr.value;
      if (an.startsWith('on')) problems.push(`${where} has event handler attribute ${attr.name}`);
      if (/javascript:|vbscript:/.test(compact(value))) problems.push(`${where} ${attr.name} holds a script URL`);
      if (an === 'href' || an === 'src') {
        if (!/^#[^\s]*$/.test(value.trim())) problems.push(`${where} ${attr.name}="${value}" is not a local #id reference`);
      }
      for (const u of urls(value)) if (!LOCAL_URL.test(u)) problems.push(`${where} ${attr.name} refers to ${u}`);
    }
  }
  return problems;
}
