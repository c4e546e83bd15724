/**
 * What Windows-1252 has at 0x80–0x9F where ISO-8859-1 has control characters: Node's TextDecoder
 * ('windows-1252') gives the latter on some builds, browsers the former. Unassigned bytes stay as they are.
 */
const CP1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

/**
 * A sheet file's text: UTF-8 (with or without a byte-order mark, which is dropped),
 * or, when the bytes are not valid UTF-8, Windows-1252 as Excel writes "CSV" on Windows.
 */
export function decodeSheet(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252')
      .decode(bytes)
      .replace(/[\u0080-\u009F]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
  }
}
