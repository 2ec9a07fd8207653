// Fetches the file a ?src= link names, as bytes, so the explorer can open it through
// the same importFile path as a picked or dropped file (JSON, spreadsheet CSV or a
// SIPRI export). The URL checks and messages follow the widget's loadFromUrl
// (src/embed/load-source.ts), which stays JSON-only for embeds.
import { MAX_FILE_BYTES, tooLarge } from './file-import.ts';

export type FetchedFile =
  | { readonly ok: true; readonly name: string; readonly bytes: Uint8Array<ArrayBuffer> }
  | { readonly ok: false; readonly message: string };

/** The file name a URL ends in ("sipri%202026.csv" → "sipri 2026.csv"), or "the file". */
function fileName(url: URL): string {
  const last = url.pathname.split('/').pop() ?? '';
  try {
    return decodeURIComponent(last) || 'the file';
  } catch {
    return last || 'the file';
  }
}

/**
 * Resolves `url` against `base` (relative URLs stay on the page's origin), refuses
 * anything but http(s), and reads the body. Failures come back as one message;
 * an abort through `signal` rethrows, as in loadFromUrl.
 */
export async function fetchFile(url: string, base: string, signal?: AbortSignal, fetchImpl: typeof fetch = fetch): Promise<FetchedFile> {
  let resolved: URL;
  try {
    resolved = new URL(url, base);
  } catch {
    return { ok: false, message: `"${url}" is not a valid URL.` };
  }
  if (resolved.protocol !== 'http:' && resolved.protocol !== 'https:') {
    return { ok: false, message: `Only http(s) URLs can be loaded, not ${resolved.protocol}` };
  }
  const name = fileName(resolved);
  try {
    const response = await fetchImpl(resolved, { signal, credentials: 'same-origin' });
    if (!response.ok) {
      return { ok: false, message: `Could not load ${resolved.pathname}: HTTP ${response.status} ${response.statusText}`.trim() };
    }
    // Refuse an announced oversize body before reading it (importFile checks the bytes too).
    const length = Number(response.headers.get('content-length'));
    if (length > MAX_FILE_BYTES) {
      void response.body?.cancel();
      return { ok: false, message: tooLarge(name, length) };
    }
    return { ok: true, name, bytes: new Uint8Array(await response.arrayBuffer()) };
  } catch (err) {
    if (signal?.aborted) throw err;
    return { ok: false, message: `Could not load ${resolved.href}: ${err instanceof Error ? err.message : String(err)}` };
  }
}
