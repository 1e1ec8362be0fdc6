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

type FormatViParsers = {
  parseNumber?: (input: string) => { ok: true; value: number } | { ok: false; error: { message: string } };
  parseDate?: (input: string) => { ok: true; value: string } | { ok: false; error: { message: string } };
  formatDate?: (date: string) => string;
};
const parsers = formatVi as unknown as FormatViParsers;

/** Parses a Vietnamese-formatted number ("1.454", "84,1"); undefined when it is not one. */
export const parseNumberVi = (input: string): number | undefined => {
  if (parsers.parseNumber) {
    const result = parsers.parseNumber(input);
    return result.ok ? result.value : undefined;
  }
  const plain = input.trim();
  return /^-?\d+$/.test(plain) ? Number(plain) : undefined;
};

/** Parses "dd/mm/yyyy" to "YYYY-MM-DD"; undefined when it is not a valid date. */
export const parseDateVi = (input: string): string | undefined => {
  if (parsers.parseDate) {
    const result = parsers.parseDate(input);
    return result.ok ? result.value : undefined;
  }
  return undefined;
};
