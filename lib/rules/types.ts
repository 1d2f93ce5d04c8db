import type { MunicipalCategory, StatusId } from "../statuses";

/** One part of a programme's figure: a base, the rate applied, and what it came to. */
export interface Component {
  /** outpatient | inpatient (municipal); segment-1..3 (因病致贫); band | above (Changping). */
  id: string;
  /** The slice of the burden the rate applies to. */
  base: string;
  rate: string;
  /** Before any cap, rounded to the fen. */
  amount: string;
  /** For segments and bands: the part of the burden they cover (to null: no upper end). */
  from?: string;
  to?: string | null;
}

/** A cap that cut a figure down. */
export interface CapReached {
  /** The parameter id of the cap. */
  id: string;
  cap: string;
  /** What the figure would have been without the cap. */
  uncapped: string;
}

export interface MunicipalResult {
  applies: boolean;
  /** The first reason it does not apply (a status id under `reason.` in messages/), or null. */
  reason: string | null;
  reasons: string[];
  category: MunicipalCategory | null;
  /** The resident's status whose category was used. */
  status: StatusId | null;
  /** Every category the resident's statuses open, with what each would give: the most favourable is
   *  used, never two (§一). */
  alternatives: { category: MunicipalCategory; status: StatusId; amount: string }[];
  /** 因病致贫 is assessed on the previous year's burden (§六(三)); the others on the year's. */
  basis: "year" | "previous-year" | null;
  components: Component[];
  capsReached: CapReached[];
  amount: string;
}

export interface ChangpingResult {
  applies: boolean;
  reason: string | null;
  reasons: string[];
  /** The plan is a draft for comment: always true, so no caller can forget to say so. */
  draft: true;
  path: "hardship" | "special-disease" | null;
  /** The year's T (起付线) and S (分段线) used; present for every year the plan covers. */
  threshold: string | null;
  segmentLine: string | null;
  /** The burden left after municipal assistance: what the plan's rates apply to. */
  base: string | null;
  puhuiByDistrict: boolean;
  /** With district-paid 普惠健康保, the part above the segment line that the plan leaves to it. */
  leftToPuhui: string | null;
  components: Component[];
  capsReached: CapReached[];
  amount: string;
}
