/**
 * The summary of an assessment as people read it: "X/Y đạt (Z%)". The counting itself (and its denominator,
 * the units in scope) is @antq/sheets' `Summary` and `inScope`.
 */
import { inScope, type Tally } from "@antq/sheets";
import { formatNumber, formatPercentOf } from "../format.js";

export { emptyTally, inScope, Summary, type SummaryCounts, type Tally } from "@antq/sheets";

/** "1.454/1.730 đạt (84,0%)"; "—" when no unit is in scope. */
export const ratioText = (t: Tally): string => {
  const y = inScope(t);
  return y === 0 ? "—" : `${formatNumber(t.dat)}/${formatNumber(y)} đạt (${formatPercentOf(t.dat, y)})`;
};
