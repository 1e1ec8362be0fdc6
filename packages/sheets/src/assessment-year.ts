/**
 * The year an assessment is for: the year asked for, checked against the years of the data's annual facts, or
 * the one year the data has. Assessing a year the data has no facts of would rate every unit "chưa báo cáo", so
 * it is refused, as is data of several years (or none) without a year asked for.
 */
import { inferAssessmentYear } from "@antq/domain";
import type { Issue, Result } from "@antq/format-vi";

/** The codes of {@link assessmentYear}'s issues. */
type YearIssueCode = "YEAR_NOT_IN_DATA" | "YEAR_UNKNOWN" | "YEAR_AMBIGUOUS";

/**
 * The assessed year: `given` when the data has facts of that year (or no facts at all), else the one year of
 * the facts' `years`. A Vietnamese issue (code `YEAR_NOT_IN_DATA`, `YEAR_UNKNOWN` or `YEAR_AMBIGUOUS`) says
 * what to do otherwise, in words of no particular front-end (the "năm đánh giá", no command or option): a
 * front-end adds how to give the year by the code. `where` names the input in it (e.g. the file names).
 *
 * @example
 * ```ts
 * assessmentYear(undefined, [2024, 2024], "du-lieu.xlsx"); //=> { ok: true, value: 2024 }
 * assessmentYear(2024, [2023, 2024], "du-lieu.xlsx"); //=> { ok: true, value: 2024 }
 * const wrong = assessmentYear(2025, [2024], "du-lieu.xlsx");
 * wrong.ok || wrong.issues[0]?.code; //=> "YEAR_NOT_IN_DATA"
 * const several = assessmentYear(undefined, [2023, 2024], "du-lieu.xlsx");
 * several.ok || several.issues[0]?.code; //=> "YEAR_AMBIGUOUS"
 * several.ok || several.issues[0]?.message.includes("ví dụ năm 2024"); //=> true
 * ```
 */
export const assessmentYear = (
  given: number | undefined,
  years: Iterable<number>,
  where: string,
): Result<number, Issue<YearIssueCode>> => {
  const fail = (code: YearIssueCode, message: string): Result<number, Issue<YearIssueCode>> => ({
    ok: false,
    issues: [{ code, message, path: [] }],
  });
  const inferred = inferAssessmentYear(years);
  if (given !== undefined) {
    if (inferred.kind === "none" || (inferred.kind === "single" && inferred.year === given))
      return { ok: true, value: given };
    const present = inferred.kind === "single" ? [inferred.year] : inferred.years;
    if (present.includes(given)) return { ok: true, value: given };
    return fail(
      "YEAR_NOT_IN_DATA",
      `Dữ liệu không có dữ kiện năm ${given} (chỉ có năm ${present.join(", ")}) trong ${where}: mọi đơn vị sẽ bị đánh giá thiếu dữ kiện. Kiểm tra lại năm đánh giá ${given} hoặc tệp dữ liệu. Không ghi tệp kết quả nào.`,
    );
  }
  if (inferred.kind === "single") return { ok: true, value: inferred.year };
  return inferred.kind === "none"
    ? fail(
        "YEAR_UNKNOWN",
        "Không xác định được năm đánh giá: dữ liệu không có dòng dữ kiện năm nào; hãy chỉ rõ năm đánh giá.",
      )
    : fail(
        "YEAR_AMBIGUOUS",
        `Dữ liệu có dữ kiện của nhiều năm (${inferred.years.join(", ")}); hãy chọn một năm đánh giá, ví dụ năm ${inferred.years[inferred.years.length - 1]}.`,
      );
};
