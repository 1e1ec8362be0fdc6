/**
 * The one place the CLI gets its Vietnamese number style from: @antq/format-vi. Every figure printed or
 * written by a command goes through these functions.
 */
import * as formatVi from "@antq/format-vi";

type FormatViNumbers = {
  formatNumber?: (value: number) => string;
  formatPercentOf?: (part: number, whole: number) => string;
  formatRatioWithPercent?: (numerator: number, denominator: number) => string;
};

// Transitional: @antq/format-vi's number API is being written concurrently. Until it is exported,
// fall back to ICU's vi-VN style so the CLI still builds.
const api = formatVi as unknown as FormatViNumbers;
const icu = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 3 });
const icuPercent = new Intl.NumberFormat("vi-VN", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** "1.454" */
export const formatNumber = (value: number): string => api.formatNumber?.(value) ?? icu.format(value);

/** "84,0%" — the exact percentage part/whole; "—" when whole is 0. */
export const formatPercentOf = (part: number, whole: number): string =>
  whole === 0 ? "—" : (api.formatPercentOf?.(part, whole) ?? `${icuPercent.format((part / whole) * 100)}%`);

/** "1.454/1.730 (84,0%)"; "0/0" when there is nothing to count. */
export const formatRatioWithPercent = (numerator: number, denominator: number): string =>
  denominator === 0
    ? `${formatNumber(numerator)}/${formatNumber(denominator)}`
    : (api.formatRatioWithPercent?.(numerator, denominator) ??
      `${formatNumber(numerator)}/${formatNumber(denominator)} (${formatPercentOf(numerator, denominator)})`);
