/**
 * Formula-injection neutralisation for CSV and XLSX exports (OWASP "CSV Injection"): a text cell that
 * starts with `=`, `+`, `-`, `@`, a tab or a carriage return is prefixed with an apostrophe so that
 * spreadsheet programs show it as text instead of evaluating it. Plain numbers such as "-5" or "+84,1"
 * are left alone.
 */

const DANGEROUS_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?\d+(?:[.,]\d+)*%?$/;

/**
 * True when a spreadsheet program could interpret `text` as a formula.
 *
 * @example
 * ```ts
 * isDangerousCell("=1+1"); //=> true
 * ```
 */
export const isDangerousCell = (text: string): boolean =>
  DANGEROUS_START.test(text) && !PLAIN_NUMBER.test(text);

/**
 * Returns `text` made safe to put in a spreadsheet cell.
 *
 * @example
 * ```ts
 * neutralizeText("=HYPERLINK(\"http://x\")"); //=> "'=HYPERLINK(\"http://x\")"
 * neutralizeText("-5"); //=> "-5"
 * ```
 */
export const neutralizeText = (text: string): string => (isDangerousCell(text) ? `'${text}` : text);

/**
 * Neutralises a cell value of any type: only strings can carry a formula.
 *
 * @example
 * ```ts
 * neutralizeValue(42); //=> 42
 * ```
 */
export const neutralizeValue = <T>(value: T): T | string =>
  typeof value === "string" ? neutralizeText(value) : value;
