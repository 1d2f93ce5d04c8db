/**
 * A CSV file's bytes as text. Excel on Chinese Windows saves "CSV" in GB18030 (its ANSI code page);
 * "CSV UTF-8" and most other programs write UTF-8, often with a byte-order mark. A BOM settles it; without
 * one, strict UTF-8 is tried first (GB18030 text is almost never valid UTF-8), then GB18030.
 */
export type FileEncoding = "utf-8-bom" | "utf-8" | "gb18030" | "utf-16le";

const BOM = [0xef, 0xbb, 0xbf];
/** Excel's "Unicode text" (tab-separated): UTF-16, little-endian, with its mark. */
const UTF16LE_BOM = [0xff, 0xfe];

const startsWith = (bytes: Uint8Array, mark: number[]) => mark.every((b, i) => bytes[i] === b);

export function decodeCsv(bytes: Uint8Array): { text: string; encoding: FileEncoding } {
  if (startsWith(bytes, BOM)) {
    return { text: new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes.subarray(3)), encoding: "utf-8-bom" };
  }
  if (startsWith(bytes, UTF16LE_BOM)) {
    return { text: new TextDecoder("utf-16le", { ignoreBOM: true }).decode(bytes.subarray(2)), encoding: "utf-16le" };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: new TextDecoder("gb18030").decode(bytes), encoding: "gb18030" };
  }
}
