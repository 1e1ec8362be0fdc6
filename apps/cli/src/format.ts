/**
 * The one place the CLI gets its Vietnamese number and date style from: @antq/format-vi. Every figure
 * printed or written by a command goes through these functions.
 */
import {
  formatDate as formatDateVi,
  formatNumber as formatNumberVi,
  formatPercentOf as formatPercentOfVi,
  formatRatioWithPercent as formatRatioWithPercentVi,
  parseDate,
} from "@antq/format-vi";

/** "1.454" */
export const formatNumber = (value: number): string => formatNumberVi(value);

/** "84,0%" — the exact percentage part/whole; "—" when whole is 0. */
export const formatPercentOf = (part: number, whole: number): string =>
  whole === 0 ? "—" : formatPercentOfVi(part, whole);

/** "1.454/1.730 (84,0%)"; "0/0" when there is nothing to count. */
export const formatRatioWithPercent = (numerator: number, denominator: number): string =>
  denominator === 0
    ? `${formatNumber(numerator)}/${formatNumber(denominator)}`
    : formatRatioWithPercentVi(numerator, denominator);

/** "25/09/2024" for a calendar date "2024-09-25". */
export const formatDate = (date: string): string => formatDateVi(date);

/** Parses "dd/mm/yyyy" to "YYYY-MM-DD"; undefined when it is not a valid date. */
export const parseDateVi = (input: string): string | undefined => {
  const result = parseDate(input);
  return result.ok ? result.value : undefined;
};
