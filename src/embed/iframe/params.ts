// Which query parameters of embed.html become widget attributes. Values pass through
// unchanged: the widget validates them itself (and shows an error for a bad `src`),
// so this file does not duplicate its rules; it only whitelists names and caps length.

/** Query parameters copied to <arms-transfer-network> attributes of the same name. */
export const EMBED_PARAMS = [
  'src',
  'from',
  'to',
  'mode',
  'basis',
  'categories',
  'focus',
  'theme',
  'controls',
  'height',
] as const;

export type EmbedParam = (typeof EMBED_PARAMS)[number];

/** Longer values are dropped: no legitimate URL or list gets near this. */
export const MAX_PARAM_LENGTH = 2000;

/**
 * `height` must not depend on the iframe's own size (vh, %, …): the parent sizes the
 * iframe to the content, so a viewport-relative widget height would feed back on itself.
 */
const FIXED_LENGTH = /^\d{1,5}(\.\d+)?(px|em|rem)$/;

/** Attributes for the widget from the iframe's query string; unknown and empty parameters are ignored. */
export function embedAttributes(params: URLSearchParams): Partial<Record<EmbedParam, string>> {
  const out: Partial<Record<EmbedParam, string>> = {};
  for (const name of EMBED_PARAMS) {
    const value = params.get(name)?.trim();
    if (!value || value.length > MAX_PARAM_LENGTH) continue;
    if (name === 'height' && !FIXED_LENGTH.test(value)) continue;
    out[name] = value;
  }
  return out;
}

/**
 * The id the parent gave this iframe (Pym.js passes it as `childId`), echoed in height
 * messages so a parent with several iframes can tell them apart. Restricted to safe
 * characters because it is embedded in Pym's "xPYMx"-delimited string format.
 */
export function childId(params: URLSearchParams): string | null {
  const id = params.get('childId')?.trim() ?? '';
  return /^[\w-]{1,100}$/.test(id) ? id : null;
}
