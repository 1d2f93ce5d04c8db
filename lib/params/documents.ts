/**
 * The two source documents, and the project's own record of the figures they refer to but do not state
 * (docs/parameters.md), as the engine cites them. Titles are the documents' own (Chinese) titles;
 * how the site names them to a reader lives in messages/.
 */
export type DocId = "municipal" | "changping" | "parameters";

export interface PolicyDocument {
  id: DocId;
  /** The document's number, where it has one. */
  number: string | null;
  title: string;
  issuer: string;
  issued: string | null;
  inForce: string | null;
  /** Years the document itself says it covers (null: open-ended). */
  period: { from: number; to: number | null };
  /** A draft for comment: every result that leans on it must say so. */
  draft: boolean;
  /** The file it was read from: the received policy file (its text is kept in lib/sources/text.ts), or
   *  for the parameters the repository's own record. */
  file: string;
}

export const DOCUMENTS: Record<DocId, PolicyDocument> = {
  municipal: {
    id: "municipal",
    number: "京医保发〔2022〕37号",
    title: "关于健全重特大疾病医疗保险和救助制度的实施意见",
    issuer: "北京市医疗保障局 等七部门",
    issued: "2022-12-23",
    inForce: "2023-01-01",
    period: { from: 2023, to: null },
    draft: false,
    file: "000_d9f5d34aca602921.txt",
  },
  changping: {
    id: "changping",
    number: null,
    title: "昌平区城乡居民困难人员医疗保障帮扶工作实施方案（征求意见稿）",
    issuer: "昌平区医疗保障局（牵头）",
    issued: null,
    inForce: null,
    period: { from: 2026, to: 2030 },
    draft: true,
    file: "004_c07d1c13c2b78875.txt",
  },
  parameters: {
    id: "parameters",
    number: null,
    title: "Parameters the policies refer to but do not state — the project's research record",
    issuer: "this project",
    issued: null,
    inForce: null,
    period: { from: 2023, to: null },
    draft: false,
    file: "docs/parameters.md",
  },
};

/** A clause of a document, e.g. { doc: "municipal", clause: "六(一)3" }. */
export interface Citation {
  doc: DocId;
  clause: string;
}

/** The anchor a clause has on the sources page: "municipal-六-一-3" style ids are awkward in URLs, so
 *  Chinese numerals become digits: 六(一)3 → "m-6-1-3". */
export function clauseAnchor(citation: Citation): string {
  const digits: Record<string, string> = {
    一: "1",
    二: "2",
    三: "3",
    四: "4",
    五: "5",
    六: "6",
    七: "7",
    八: "8",
    九: "9",
    十: "10",
  };
  const parts = citation.clause
    .replace(/十([一二三四五六七八九])/g, (_, d: string) => `1${digits[d]}`)
    .split(/[()（）]/)
    .filter((p) => p !== "")
    .map((p) => p.replace(/[一二三四五六七八九十]/g, (c) => digits[c] ?? c));
  const prefix = citation.doc === "municipal" ? "m" : citation.doc === "changping" ? "c" : "p";
  return [prefix, ...parts].join("-");
}
