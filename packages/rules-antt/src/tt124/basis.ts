/**
 * Citations used by the Thông tư 124/2021/TT-BCA content (regulations.md §1; confidence per §0 tags).
 */
import { type CitationLocation, type Confidence, cite, type LegalBasis } from "@antq/rules";

/**
 * Document number of Thông tư 124/2021/TT-BCA.
 *
 * @example
 * TT124; //=> "124/2021/TT-BCA"
 */
export const TT124 = "124/2021/TT-BCA";
/**
 * Document number of Thông tư 23/2012/TT-BCA (replaced by TT 124 from 10/02/2022).
 *
 * @example
 * TT23; //=> "23/2012/TT-BCA"
 */
export const TT23 = "23/2012/TT-BCA";
/**
 * Document number of Nghị định 80/2021/NĐ-CP (small and medium enterprise size classes, Điều 5).
 *
 * @example
 * ND80; //=> "80/2021/NĐ-CP"
 */
export const ND80 = "80/2021/NĐ-CP";
/**
 * Document number of Thông tư 48/2025/TT-BCA (amends TT 124 after the 2025 reform; text not known).
 *
 * @example
 * TT48; //=> "48/2025/TT-BCA"
 */
export const TT48 = "48/2025/TT-BCA";

/**
 * A TT 124 citation: `tt124(4, 4, "b")` = điểm b khoản 4 Điều 4.
 *
 * @example
 * formatLegalBasis(tt124(4, 4, "b")); //=> "điểm b khoản 4 Điều 4 Thông tư 124/2021/TT-BCA"
 */
export function tt124(
  article: number,
  clause?: number,
  point?: string,
  confidence: Confidence = "verified",
): LegalBasis {
  const where: { -readonly [K in keyof CitationLocation]: CitationLocation[K] } = { article };
  if (clause !== undefined) where.clause = clause;
  if (point !== undefined) where.point = point;
  return cite(TT124, where, { confidence });
}
