import { describe, expect, it, vi } from 'vitest';
import { fetchFile } from '../../../src/app/fetch-file.ts';
import { MAX_FILE_BYTES } from '../../../src/app/file-import.ts';

const BASE = 'https://explorer.example/app/index.html?src=x';

function fakeFetch(response: Response | Error) {
  return vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) => {
    if (response instanceof Error) throw response;
    return response;
  });
}

describe('fetchFile', () => {
  it('resolves a relative URL against the page, sends same-origin credentials only, and names the file', async () => {
    const f = fakeFetch(new Response('Recipient,Supplier\n', { status: 200 }));
    const result = await fetchFile('data/sipri%202026.csv', BASE, undefined, f);
    expect(result).toEqual({ ok: true, name: 'sipri 2026.csv', bytes: new TextEncoder().encode('Recipient,Supplier\n') });
    expect(String(f.mock.calls[0]![0])).toBe('https://explorer.example/app/data/sipri%202026.csv');
    expect(f.mock.calls[0]![1]).toMatchObject({ credentials: 'same-origin' });
  });

  it('keeps the bytes as sent (encoding is decided by the importer)', async () => {
    const cp1252 = new Uint8Array([0x43, 0xf4, 0x74, 0x65]); // "Côte" in Windows-1252
    const result = await fetchFile('https://data.example/x.csv', BASE, undefined, fakeFetch(new Response(cp1252)));
    expect(result.ok && [...result.bytes]).toEqual([...cp1252]);
  });

  it('refuses other schemes without fetching, in the widget\'s words', async () => {
    for (const [url, scheme] of [['javascript:alert(1)', 'javascript:'], ['data:text/csv,a,b', 'data:'], ['file:///etc/passwd', 'file:']] as const) {
      const f = fakeFetch(new Response(''));
      expect(await fetchFile(url, BASE, undefined, f)).toEqual({ ok: false, message: `Only http(s) URLs can be loaded, not ${scheme}` });
      expect(f).not.toHaveBeenCalled();
    }
  });

  it('reports an unparsable URL', async () => {
    const f = fakeFetch(new Response(''));
    expect(await fetchFile('http://[bad', BASE, undefined, f)).toEqual({ ok: false, message: '"http://[bad" is not a valid URL.' });
    expect(f).not.toHaveBeenCalled();
  });

  it('reports an HTTP error status with the path', async () => {
    const f = fakeFetch(new Response('nope', { status: 404, statusText: 'Not Found' }));
    expect(await fetchFile('./missing.csv', BASE, undefined, f)).toEqual({ ok: false, message: 'Could not load /app/missing.csv: HTTP 404 Not Found' });
  });

  it('reports a network failure with the full URL', async () => {
    const f = fakeFetch(new TypeError('Failed to fetch'));
    expect(await fetchFile('https://other.example/a.json', BASE, undefined, f)).toEqual({ ok: false, message: 'Could not load https://other.example/a.json: Failed to fetch' });
  });

  it('refuses a body announced as larger than the limit without reading it', async () => {
    const response = new Response('small really', { headers: { 'content-length': String(MAX_FILE_BYTES + 1) } });
    const read = vi.spyOn(response, 'arrayBuffer');
    const result = await fetchFile('https://data.example/huge.csv', BASE, undefined, fakeFetch(response));
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/^huge\.csv is 64(\.0)? MB; files up to 64 MB can be opened\.$/) });
    expect(read).not.toHaveBeenCalled();
  });

  it('rethrows when aborted, so a newer load can take over', async () => {
    const controller = new AbortController();
    const f = vi.fn(async () => {
      controller.abort();
      throw new DOMException('aborted', 'AbortError');
    });
    await expect(fetchFile('a.csv', BASE, controller.signal, f)).rejects.toThrow('aborted');
  });
});
