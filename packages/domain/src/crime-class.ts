import * as z from "zod";

/**
 * Crime classes of Bộ luật Hình sự 2015 (sửa đổi, bổ sung 2017) Điều 9 khoản 1, from the least to the
 * most serious: ít nghiêm trọng, nghiêm trọng, rất nghiêm trọng, đặc biệt nghiêm trọng.
 *
 * @example
 * ```ts
 * CrimeClassSchema.parse("serious"); // nghiêm trọng
 * ```
 */
export const CrimeClassSchema = z
  .enum(["less-serious", "serious", "very-serious", "especially-serious"])
  .meta({ title: "Loại tội phạm (BLHS Điều 9)" });

/**
 * A crime class (see {@link CrimeClassSchema}).
 *
 * @example
 * ```ts
 * const c: CrimeClass = "very-serious";
 * ```
 */
export type CrimeClass = z.infer<typeof CrimeClassSchema>;

/**
 * Vietnamese labels of {@link CrimeClass}.
 *
 * @example
 * ```ts
 * CRIME_CLASS_LABELS_VI.serious; // "Tội phạm nghiêm trọng"
 * ```
 */
export const CRIME_CLASS_LABELS_VI: Readonly<Record<CrimeClass, string>> = {
  "less-serious": "Tội phạm ít nghiêm trọng",
  serious: "Tội phạm nghiêm trọng",
  "very-serious": "Tội phạm rất nghiêm trọng",
  "especially-serious": "Tội phạm đặc biệt nghiêm trọng",
};

/**
 * Rank of a crime class, 1 (ít nghiêm trọng) to 4 (đặc biệt nghiêm trọng).
 *
 * @example
 * ```ts
 * crimeClassRank("serious") >= crimeClassRank("serious"); // true: "nghiêm trọng trở lên"
 * ```
 */
export function crimeClassRank(crimeClass: CrimeClass): 1 | 2 | 3 | 4 {
  const rank = CrimeClassSchema.options.indexOf(crimeClass);
  if (rank < 0) throw new RangeError(`crimeClassRank: loại tội phạm không hợp lệ "${String(crimeClass)}"`);
  return (rank + 1) as 1 | 2 | 3 | 4;
}

/**
 * The maximum of the penalty bracket ("mức cao nhất của khung hình phạt") of the clause a crime falls
 * under. Give `maxPrisonYears` for a term of imprisonment, or `lifeOrDeath: true` when the bracket
 * reaches life imprisonment or death, or `nonCustodialOnly: true` when the bracket has only a fine,
 * non-custodial reform or another lighter penalty.
 *
 * @example
 * ```ts
 * const theftClause2: PenaltyBracketMax = { maxPrisonYears: 7 }; // BLHS Điều 173 khoản 2: 2–7 năm
 * ```
 */
export type PenaltyBracketMax =
  | { readonly maxPrisonYears: number; readonly lifeOrDeath?: false; readonly nonCustodialOnly?: false }
  | { readonly lifeOrDeath: true }
  | { readonly nonCustodialOnly: true };

/**
 * Citation of the crime-class rule.
 *
 * @example
 * ```ts
 * CRIME_CLASS_BASIS; // "Bộ luật Hình sự 2015 (sửa đổi, bổ sung 2017), Điều 9 khoản 1"
 * ```
 */
export const CRIME_CLASS_BASIS = "Bộ luật Hình sự 2015 (sửa đổi, bổ sung 2017), Điều 9 khoản 1";

/**
 * Classifies a crime from the maximum of its penalty bracket (not from the sentence imposed),
 * Bộ luật Hình sự 2015 Điều 9 khoản 1:
 * - ít nghiêm trọng: fine, non-custodial reform or imprisonment up to 3 years (điểm a);
 * - nghiêm trọng: more than 3 up to 7 years (điểm b);
 * - rất nghiêm trọng: more than 7 up to 15 years (điểm c);
 * - đặc biệt nghiêm trọng: more than 15 up to 20 years, life imprisonment or death (điểm d).
 *
 * Throws `RangeError` for a negative, non-finite or over-20-year term (programmer error).
 *
 * @example
 * ```ts
 * crimeClassFromPenalty({ maxPrisonYears: 7 }); // "serious" — e.g. trộm cắp tài sản, Điều 173 khoản 2
 * crimeClassFromPenalty({ maxPrisonYears: 3 }); // "less-serious"
 * crimeClassFromPenalty({ lifeOrDeath: true }); // "especially-serious"
 * ```
 */
export function crimeClassFromPenalty(max: PenaltyBracketMax): CrimeClass {
  if ("lifeOrDeath" in max && max.lifeOrDeath === true) return "especially-serious";
  if ("nonCustodialOnly" in max && max.nonCustodialOnly === true) return "less-serious";
  const years = (max as { maxPrisonYears?: unknown }).maxPrisonYears;
  if (typeof years !== "number" || !Number.isFinite(years) || years <= 0 || years > 20) {
    throw new RangeError(
      "crimeClassFromPenalty: mức cao nhất của khung hình phạt tù phải lớn hơn 0 và không quá 20 năm",
    );
  }
  if (years <= 3) return "less-serious";
  if (years <= 7) return "serious";
  if (years <= 15) return "very-serious";
  return "especially-serious";
}
