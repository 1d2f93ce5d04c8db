/**
 * A CSV file's bytes as text. Excel on Chinese Windows saves "CSV" in GB18030 (its ANSI code page);
 * "CSV UTF-8" and most other programs write UTF-8, often with a byte-order mark. A BOM settles it;
 * without one the opening bytes decide (the page and the CLI look at the same SNIFF_BYTES): UTF-8 if
 * they are UTF-8, even with a few broken bytes (those turn into "\uFFFD" and their rows are reported);
 * else GB18030, unless the text is plainly in another legacy encoding (Big5 from Taiwan or Hong Kong,
 * Shift-JIS from Japan) or not text at all: such a file is named, never computed with garbled words.
 */
export type FileEncoding = "utf-8-bom" | "utf-8" | "gb18030" | "utf-16le";
/** Encodings we recognise but do not read: the file must be saved again. */
export type ForeignEncoding = "big5" | "shift_jis" | "binary";

const BOM = [0xef, 0xbb, 0xbf];
/** Excel's "Unicode text" (tab-separated): UTF-16, little-endian, with its mark. */
const UTF16LE_BOM = [0xff, 0xfe];
/** How much of the file decides its encoding. */
export const SNIFF_BYTES = 1 << 20;

const startsWith = (bytes: Uint8Array, mark: number[]) => mark.every((b, i) => bytes[i] === b);

/** Where the text starts (after a mark) and the name TextDecoder knows the encoding by. */
export const DECODER: Record<FileEncoding, { skip: number; label: string }> = {
  "utf-8-bom": { skip: 3, label: "utf-8" },
  "utf-8": { skip: 0, label: "utf-8" },
  gb18030: { skip: 0, label: "gb18030" },
  "utf-16le": { skip: 2, label: "utf-16le" },
};

/** Counts of well-formed multi-byte UTF-8 sequences and of bytes that fit none. */
function utf8Shape(bytes: Uint8Array, complete: boolean): { good: number; bad: number } {
  let good = 0;
  let bad = 0;
  const n = bytes.length;
  for (let i = 0; i < n;) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len === 0) {
      bad++;
      i++;
      continue;
    }
    if (i + len > n && !complete) break;
    let ok = i + len <= n;
    for (let k = 1; ok && k < len; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) {
      good++;
      i += len;
    } else {
      bad++;
      i++;
    }
  }
  return { good, bad };
}

/**
 * Pairs read as GB18030 two-byte characters, and how many fall outside GB2312's block (both bytes
 * 0xA1–0xFE), where nearly every character of simplified Chinese text is. Big5 and Shift-JIS text read
 * as GB18030 lands outside it half the time.
 */
function gbShape(bytes: Uint8Array): { pairs: number; outside: number } {
  let pairs = 0;
  let outside = 0;
  for (let i = 0; i < bytes.length - 1;) {
    const lead = bytes[i]!;
    if (lead < 0x81 || lead === 0xff) {
      i++;
      continue;
    }
    const trail = bytes[i + 1]!;
    if (trail >= 0x30 && trail <= 0x39) {
      // A four-byte GB18030 sequence.
      i += 4;
      continue;
    }
    pairs++;
    if (lead < 0xa1 || trail < 0xa1) outside++;
    i += 2;
  }
  return { pairs, outside };
}

const decodes = (label: string, bytes: Uint8Array, complete: boolean): string | null => {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes, { stream: !complete });
  } catch {
    return null;
  }
};

/** Control characters that are not tab, line feed or carriage return: a file with many is not text. */
function controlShare(bytes: Uint8Array): number {
  let n = 0;
  for (const b of bytes) if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) || b === 0x7f) n++;
  return bytes.length ? n / bytes.length : 0;
}

/**
 * The encoding of a file from its opening bytes (`complete`: they are the whole file).
 */
export function sniffEncoding(
  head: Uint8Array,
  complete: boolean,
): { encoding: FileEncoding } | { foreign: ForeignEncoding } {
  if (startsWith(head, BOM)) return { encoding: "utf-8-bom" };
  if (startsWith(head, UTF16LE_BOM)) return { encoding: "utf-16le" };
  if (head.includes(0) || controlShare(head) > 0.01) return { foreign: "binary" };
  const u = utf8Shape(head, complete);
  // Broken bytes in a UTF-8 file are few among many good sequences; GB18030 text read as UTF-8 is
  // almost all broken.
  if (u.bad === 0 || u.good >= 8 * u.bad) return { encoding: "utf-8" };
  const gb = gbShape(head);
  if (gb.pairs >= 8 && gb.outside > gb.pairs / 5) {
    const sjis = decodes("shift_jis", head, complete);
    if (sjis !== null && /[\u3041-\u30ff]/.test(sjis)) return { foreign: "shift_jis" };
    if (decodes("big5", head, complete) !== null) return { foreign: "big5" };
    if (sjis !== null) return { foreign: "shift_jis" };
    return { foreign: "binary" };
  }
  return { encoding: "gb18030" };
}

/** A whole file's bytes as text, or the encoding that keeps it from being read. */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: FileEncoding } | { foreign: ForeignEncoding } {
  const sniffed = sniffEncoding(bytes.subarray(0, SNIFF_BYTES), bytes.length <= SNIFF_BYTES);
  if ("foreign" in sniffed) return sniffed;
  const { skip, label } = DECODER[sniffed.encoding];
  return { text: new TextDecoder(label, { ignoreBOM: true }).decode(bytes.subarray(skip)), encoding: sniffed.encoding };
}
