import type { Citation, DocId } from "../params";
import { clauseAnchor } from "../params";
import { CHANGPING_TEXT, MUNICIPAL_TEXT } from "./text";

/**
 * The documents cut into paragraphs, each tagged with the clause it belongs to, in the documents' own
 * numbering: 六(一)3 is chapter 六, section (一), item 3; 二(二)2(1) adds sub-item (1). The sources page
 * renders every paragraph with its anchor; the wizard shows a clause's text when a reader taps it.
 */
export interface Paragraph {
  doc: DocId;
  clause: string;
  anchor: string;
  /** Heading level of the paragraph when it opens a clause (1 chapter … 4 sub-item), else 0. */
  level: 0 | 1 | 2 | 3 | 4;
  text: string;
}

const NUMERAL = "[一二三四五六七八九十]+";
const CHAPTER = new RegExp(`^(${NUMERAL})、`);
const SECTION = new RegExp(`^[（(](${NUMERAL})[)）]`);
const ITEM = /^(\d+)[.．]/;
const SUB = /^[（(](\d+)[)）]/;

function clean(line: string): string {
  return line.replace(/^#+\s*/, "").replace(/\*\*/g, "").trim();
}

export function paragraphs(doc: "municipal" | "changping"): Paragraph[] {
  const text = doc === "municipal" ? MUNICIPAL_TEXT : CHANGPING_TEXT;
  let chapter = "";
  let section = "";
  let item = "";
  let sub = "";
  const out: Paragraph[] = [];
  for (const raw of text.split("\n")) {
    const line = clean(raw);
    if (line === "") continue;
    let level: Paragraph["level"] = 0;
    let m: RegExpMatchArray | null;
    if ((m = line.match(CHAPTER))) {
      chapter = m[1]!; section = ""; item = ""; sub = ""; level = 1;
    } else if (chapter && (m = line.match(SECTION))) {
      section = m[1]!; item = ""; sub = ""; level = 2;
    } else if (chapter && (m = line.match(ITEM))) {
      item = m[1]!; sub = ""; level = 3;
    } else if (chapter && item && (m = line.match(SUB))) {
      sub = m[1]!; level = 4;
    }
    const clause = chapter ? `${chapter}${section ? `(${section})` : ""}${item}${sub ? `(${sub})` : ""}` : "";
    out.push({ doc, clause, anchor: clause ? clauseAnchor({ doc, clause }) : `${doc === "municipal" ? "m" : "c"}-preamble`, level, text: line });
  }
  return out;
}

const cache = new Map<string, Paragraph[]>();
function cached(doc: "municipal" | "changping"): Paragraph[] {
  let p = cache.get(doc);
  if (!p) cache.set(doc, (p = paragraphs(doc)));
  return p;
}

/** The text of a clause and everything under it (六(一) includes 六(一)1–3). Empty for a clause the
 *  document does not have — a test checks every citation the engine makes resolves to text. */
export function clauseText(citation: Citation): string[] {
  if (citation.doc === "parameters") return [];
  const c = citation.clause;
  return cached(citation.doc)
    .filter((p) => p.clause === c || (p.clause.startsWith(c) && !/^\d/.test(p.clause.slice(c.length))))
    .map((p) => p.text);
}
