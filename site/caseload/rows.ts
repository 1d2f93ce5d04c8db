import type { EstimateInput } from "@/lib/input/schema";
import type { InputError } from "@/lib/input/error";
import { readTypedAmount, readWholeYuan } from "@/lib/money/text";
import type { ColumnKey, HeaderMap } from "./columns";
import {
  nearestValue,
  normalizeValue,
  readHukou,
  readStatuses,
  readYear,
  readYesNo,
  remember,
  type ValueTable,
} from "./values";

/** Amounts as typed: whole yuan ("8000", "12,000", most cells) at once, the other forms ("1.2万",
 *  "¥3,000.50") once each, as a column repeats them. Whole yuan stay out of the memo: looking them up
 *  costs as much as reading them, and their variety would only crowd the others out. */
const amounts = new Map<string, ReturnType<typeof readTypedAmount>>();
function readAmount(text: string): ReturnType<typeof readTypedAmount> {
  const whole = readWholeYuan(text);
  if (whole !== null) return { ok: true, value: whole };
  let read = amounts.get(text);
  if (read === undefined) {
    read = readTypedAmount(text);
    remember(amounts, text, read);
  }
  return read;
}

/**
 * What is wrong with one cell (or the row): the column, a message key under `caseload.errors.` (or the
 * engine's error codes, said with the wizard's words where they fit), and what the message needs.
 */
export interface CellError {
  column: ColumnKey | null;
  code: string;
  /** The cell's text, or the unreadable pieces of it. */
  value?: string;
  allowed?: readonly string[];
  /** The known spelling nearest to an unknown value, when one is near enough to be a likely slip. */
  suggestion?: string;
}

export type RowRead =
  { ok: true; input: EstimateInput; puhuiUnsure: boolean } | { ok: false; errors: CellError[]; puhuiUnsure: boolean };

/** Amounts that may be left empty, read as 0 (the optional ones are then left out for the engine's own
 *  default of 0). Outpatient and inpatient must be written, 0 if nothing: a blank there is more often a
 *  figure not yet collected than a zero, and computing on it would understate the household's burden. */
const BLANK_IS_ZERO: ReadonlySet<ColumnKey> = new Set([
  "specialOutpatient",
  "familyBurden",
  "commercialInsurance",
  "otherRelief",
]);

/** Reads one data row. Every problem of the row is listed, not just the first. */
export function readRow(cells: readonly string[], headers: HeaderMap, values: ValueTable): RowRead {
  const errors: CellError[] = [];
  const cell = (key: ColumnKey): string => {
    const i = headers.index[key];
    return i === undefined ? "" : (cells[i] ?? "").trim();
  };
  const fail = (column: ColumnKey, code: string, extra: Omit<CellError, "column" | "code"> = {}) => {
    errors.push({ column, code, ...extra });
  };

  const required = (key: ColumnKey): string | null => {
    const text = cell(key);
    if (text === "") fail(key, "cell.empty");
    return text === "" ? null : text;
  };

  const choice = <Id extends string>(
    key: ColumnKey,
    table: ReadonlyMap<string, Id>,
    read = (text: string) => table.get(normalizeValue(text)),
  ): Id | undefined => {
    const text = required(key);
    if (text === null) return undefined;
    const id = read(text);
    if (id === undefined) {
      const near = nearestValue(text, table.keys());
      fail(key, near === null ? "value.unknown" : "value.unknownNear", {
        value: text,
        allowed: [...new Set(table.values())],
        ...(near === null ? {} : { suggestion: near }),
      });
    }
    return id;
  };

  const amount = (key: ColumnKey): string | undefined => {
    const text = cell(key);
    if (text === "") {
      if (!BLANK_IS_ZERO.has(key)) fail(key, "money.empty");
      return undefined;
    }
    const read = readAmount(text);
    if (!read.ok) {
      fail(key, read.code, { value: text });
      return undefined;
    }
    return read.value;
  };

  let year: number | undefined;
  const yearText = required("year");
  if (yearText !== null) {
    year = readYear(yearText) ?? undefined;
    if (year === undefined) fail("year", "year.notYear", { value: yearText });
  }
  const hukou = choice("hukou", values.hukou, (text) => readHukou(text, values));
  const insurance = choice("insurance", values.insurance);

  const statusRead = readStatuses(cell("statuses"), values);
  if (!statusRead.ok) {
    if (statusRead.noneWithOthers) fail("statuses", "statuses.noneWithOthers");
    else {
      const near = statusRead.unknown.map((u) => nearestValue(u, values.status.keys())).filter((n) => n !== null);
      const value = statusRead.unknown.join("、");
      if (near.length) fail("statuses", "statuses.unknownNear", { value, suggestion: near.join("、") });
      else fail("statuses", "statuses.unknown", { value });
    }
  }

  let puhui: ReturnType<typeof readYesNo> = null;
  // Only Changping's support reads it: outside Changping (or with the hukou still to fix) it may be blank.
  const puhuiMatters = hukou === "changping";
  const puhuiText = puhuiMatters ? required("puhuiByDistrict") : cell("puhuiByDistrict") || null;
  if (puhuiText !== null) {
    puhui = readYesNo(puhuiText, true);
    if (puhui === null) fail("puhuiByDistrict", "yesNoUnsure.unknown", { value: puhuiText });
  }
  const chaozhuanText = cell("chaozhuan");
  const chaozhuan = chaozhuanText === "" ? "no" : readYesNo(chaozhuanText, false);
  if (chaozhuan === null) fail("chaozhuan", "yesNo.unknown", { value: chaozhuanText });

  const outpatient = amount("outpatient");
  const specialOutpatient = amount("specialOutpatient") ?? "0";
  const inpatient = amount("inpatient");
  const familyBurden = amount("familyBurden");
  const commercialInsurance = amount("commercialInsurance");
  const otherRelief = amount("otherRelief");

  const puhuiUnsure = puhui === "unsure";
  if (errors.length) return { ok: false, errors, puhuiUnsure };

  const id = cell("id");
  const input: EstimateInput = {
    ...(id ? { id } : {}),
    year: year!,
    hukou: hukou!,
    insurance: insurance!,
    statuses: statusRead.ok ? [...statusRead.statuses] : [],
    // "Not sure" is computed as enrolled: the lower Changping figure, never a false hope. Left blank
    // outside Changping, where nothing reads it: not enrolled.
    puhuiByDistrict: puhui === "yes" || puhui === "unsure",
    chaozhuan: chaozhuan === "yes",
    burden: { outpatient: outpatient!, specialOutpatient, inpatient: inpatient! },
    ...(familyBurden !== undefined ? { familyBurden } : {}),
    ...(commercialInsurance !== undefined || otherRelief !== undefined
      ? {
          deductions: {
            ...(commercialInsurance !== undefined ? { commercialInsurance } : {}),
            ...(otherRelief !== undefined ? { otherRelief } : {}),
          },
        }
      : {}),
  };
  return { ok: true, input, puhuiUnsure };
}

/** The column an engine error is about ("burden.inpatient" → inpatient, "statuses.2" → statuses). */
export function columnOfField(field: string): ColumnKey | null {
  const [head, sub] = field.split(".");
  if (head === "burden" || head === "deductions") return (sub as ColumnKey | undefined) ?? null;
  const direct: Record<string, ColumnKey> = {
    id: "id",
    year: "year",
    hukou: "hukou",
    insurance: "insurance",
    statuses: "statuses",
    puhuiByDistrict: "puhuiByDistrict",
    chaozhuan: "chaozhuan",
    familyBurden: "familyBurden",
  };
  return direct[head ?? ""] ?? null;
}

/** The engine's refusal, cell by cell. */
export function engineErrors(errors: readonly InputError[]): CellError[] {
  return errors.map((e) => ({
    column: columnOfField(e.field),
    code: e.code,
    ...(e.allowed ? { allowed: e.allowed } : {}),
  }));
}
