/**
 * Citations of the awards law (regulations.md §5, §11.5; confidence per the §0 tags).
 */
import { type CitationLocation, type Confidence, cite, type LegalBasis } from "@antq/rules";

/**
 * Document number of Luật Thi đua, khen thưởng 2022 (effective 01/01/2024).
 *
 * @example
 * LAW_TDKT_2022; //=> "06/2022/QH15"
 */
export const LAW_TDKT_2022 = "06/2022/QH15";
/**
 * Document number of Nghị định 98/2023/NĐ-CP (details the law; does not detail Điều 73–75).
 *
 * @example
 * ND98; //=> "98/2023/NĐ-CP"
 */
export const ND98 = "98/2023/NĐ-CP";
/**
 * Document number of Thông tư 04/2024/TT-BCA (emulation and commendation in CAND and in the movement; content
 * not read).
 *
 * @example
 * TT04; //=> "04/2024/TT-BCA"
 */
export const TT04 = "04/2024/TT-BCA";
/**
 * Document number of Thông tư 20/2025/TT-BCA (Kỷ niệm chương "Bảo vệ an ninh Tổ quốc").
 *
 * @example
 * TT20; //=> "20/2025/TT-BCA"
 */
export const TT20 = "20/2025/TT-BCA";

/**
 * A citation of Luật Thi đua, khen thưởng 06/2022/QH15: `tdkt(74, 1, "d")` = điểm d khoản 1 Điều 74.
 *
 * @example
 * formatLegalBasis(tdkt(74, 1, "d")); //=> "điểm d khoản 1 Điều 74 Luật 06/2022/QH15"
 */
export function tdkt(
  article: number,
  clause?: number,
  point?: string,
  confidence: Confidence = "secondary",
): LegalBasis {
  const where: { -readonly [K in keyof CitationLocation]: CitationLocation[K] } = { article };
  if (clause !== undefined) where.clause = clause;
  if (point !== undefined) where.point = point;
  return cite(LAW_TDKT_2022, where, { confidence });
}
