import type { Hukou, Insurance } from "../input/options";
import type { StatusId } from "../statuses";
import type { ReadingChoices } from "../readings/ids";

/**
 * What eligibility turns on. Any fact may still be unknown (undefined): the wizard asks, part-way through,
 * whether a question could still change the result; the engine passes a whole case. An unknown fact is
 * never a barrier, so "could apply" on partial answers means "applies for some way of answering the rest".
 */
export interface Facts {
  hukou?: Hukou;
  insurance?: Insurance;
  statuses?: readonly StatusId[];
  /** The year of the costs. */
  year?: number;
  /** Receives 超转 treatment (Changping §四(二)). */
  chaozhuan?: boolean;
  /** Readings to take the other way (the wizard always uses the site's readings). */
  readings?: ReadingChoices;
}
