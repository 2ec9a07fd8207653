// The explorer page: the widget filling the screen, its view mirrored in the URL,
// files opened or dropped by the reader, and the "About the data" section.
import '../embed/define.ts';
import '../embed/all-exporters.ts';
import '../components/network-view/canvas-layer.ts';
import '../components/about-data/define.ts';
import type { Graph } from '../data/types.ts';
import { workerLayout } from '../embed/layout-client.ts';
import { importFile } from './file-import.ts';
import { fetchFile, type FetchedFile } from './fetch-file.ts';
import { syncUrl } from './url-sync.ts';
import { showLoadStatus } from './load-status.ts';

const explorer = document.querySelector('arms-transfer-network')!;
const about = document.querySelector('atn-about-data')!;
const fileInput = document.querySelector<HTMLInputElement>('#file-input')!;
const overlay = document.querySelector<HTMLElement>('#drop-overlay')!;

// Large graphs are laid out in a Web Worker (stored positions need no layout at all),
// so the page stays responsive while a file loads. Set before any load resolves.
explorer.layoutStrategy = workerLayout;

// ?src= opens a file by URL (http(s) or relative) through the same import as a picked
// file: JSON, spreadsheet CSV or a SIPRI export. The bundled view stays until it loads
// cleanly; problems go to #load-status. (The widget's own src attribute is JSON only.)
const params = new URLSearchParams(location.search);
const src = params.get('src');
if (src) void openSrc(src);

async function openSrc(url: string): Promise<void> {
  // A file the reader opens meanwhile wins over the link's.
  const pending = new AbortController();
  fileInput.addEventListener('change', () => pending.abort(), { signal: pending.signal });
  window.addEventListener('drop', (e) => e.dataTransfer?.types.includes('Files') && pending.abort(), { signal: pending.signal });
  showLoadStatus(`Loading ${url}…`, [], false);
  let fetched: FetchedFile;
  try {
    fetched = await fetchFile(url, document.baseURI, pending.signal);
  } catch {
    return; // aborted: the reader's own file reports
  }
  if (pending.signal.aborted) return;
  pending.abort(); // done: drops the listeners above
  if (!fetched.ok) {
    showLoadStatus(`${fetched.message.replace(/\.$/, '')}; the current view is unchanged.`, [], true);
    return;
  }
  await openFile(new File([fetched.bytes], fetched.name));
}

// The permalink (printed on exports) follows every URL the sync writes.
const sync = syncUrl(explorer, window, (url) => (explorer.permalink = new URL(url, location.href).href));
if (sync.problems.length) showLoadStatus('Some link parameters were ignored:', sync.problems, false);

explorer.permalink = location.href;
window.addEventListener('popstate', () => (explorer.permalink = location.href));
explorer.addEventListener('atn-load', () => {
  about.graph = explorer.loadedGraph;
});
explorer.addEventListener('atn-error', (e) => {
  // Load errors already show inside the widget's box; export errors only here.
  if (explorer.loadedGraph) showLoadStatus(e.detail.message, e.detail.problems, true);
});

async function openFile(file: File): Promise<void> {
  showLoadStatus(`Reading ${file.name}…`, [], false);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const result = importFile(file.name, bytes);
  if (!result.graph) {
    // The current view stays: only a clean load replaces it.
    showLoadStatus(`${file.name} could not be opened; the current view is unchanged.`, result.problems, true);
    return;
  }
  showLoadStatus(result.summary, result.problems, false);
  explorer.removeAttribute('src');
  explorer.data = result.graph as Graph;
}

fileInput.addEventListener('change', () => {
  const file = fileInput.files?.[0];
  if (file) void openFile(file);
  fileInput.value = '';
});

let dragDepth = 0;
const hasFiles = (e: DragEvent) => [...(e.dataTransfer?.types ?? [])].includes('Files');
window.addEventListener('dragenter', (e) => {
  if (!hasFiles(e)) return;
  dragDepth++;
  overlay.hidden = false;
});
window.addEventListener('dragleave', () => {
  dragDepth = Math.max(0, dragDepth - 1);
  if (dragDepth === 0) overlay.hidden = true;
});
window.addEventListener('dragover', (e) => {
  if (hasFiles(e)) e.preventDefault();
});
window.addEventListener('drop', (e) => {
  if (!hasFiles(e)) return;
  e.preventDefault();
  dragDepth = 0;
  overlay.hidden = true;
  const file = e.dataTransfer?.files[0];
  if (file) void openFile(file);
});
