// XML text for the network formats. Data is untrusted (names and items come from
// files anyone can write), so every value goes through escapeXml.

/** Characters XML 1.0 forbids anywhere, even escaped: C0 controls except tab/LF/CR, lone surrogates, U+FFFE/U+FFFF. */
const INVALID_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function stripInvalidXml(text: string): string {
  return text.replace(INVALID_XML, '');
}

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // Parsers normalise literal whitespace in attributes (and CR everywhere); references survive.
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** Safe in element content and in single- or double-quoted attributes. */
export function escapeXml(text: string): string {
  return stripInvalidXml(text).replace(/[&<>"'\t\n\r]/g, (c) => ENTITIES[c]!);
}
