// Bytes → text for user-supplied CSV files. SIPRI exports are often Windows-1252,
// spreadsheets usually UTF-8 (often with a BOM); we cannot trust a declared charset,
// so we try strict UTF-8 first and fall back to Windows-1252, which never fails.

/** Windows-1252 code points for bytes 0x80–0x9F (0 = undefined in 1252; kept as C1). */
const CP1252_HIGH: readonly number[] = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021,
  0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
  0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

/** Decodes Windows-1252 by table (independent of TextDecoder label support). */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    const codes: number[] = new Array<number>(end - start);
    for (let i = start; i < end; i++) {
      const b = bytes[i]!;
      codes[i - start] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b;
    }
    out += String.fromCharCode(...codes);
  }
  return out;
}

/** Strict UTF-8 decode, or null when the bytes are not valid UTF-8. */
export function decodeUtf8Strict(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** UTF-8 (BOM stripped) when the bytes are valid UTF-8, else Windows-1252. */
export function decodeText(bytes: Uint8Array): string {
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  const utf8 = decodeUtf8Strict(body);
  if (utf8 !== null) return utf8;
  return decodeWindows1252(body);
}

/** Which decoding decodeText would use; for reports. */
export function detectEncoding(bytes: Uint8Array): 'utf-8' | 'windows-1252' {
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return decodeUtf8Strict(hasBom ? bytes.subarray(3) : bytes) === null ? 'windows-1252' : 'utf-8';
}
