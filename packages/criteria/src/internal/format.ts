/**
 * ADAPTER (move to @antq/format-vi once its number module is exported): Vietnamese figures for
 * explanations — "1.454", "1.454/1.730", "84,0%". Exact integer arithmetic, no floating point.
 */

/** "1454" → "1.454". */
export function formatCount(value: number): string {
  const negative = value < 0;
  const grouped = String(Math.abs(Math.trunc(value))).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return negative ? `-${grouped}` : grouped;
}

/** "1.454/1.730". */
export function formatRatio(numerator: number, denominator: number): string {
  return `${formatCount(numerator)}/${formatCount(denominator)}`;
}

/** Exact `part/whole` as a percentage with one decimal, half-up: (1454, 1730) → "84,0%". */
export function formatPercentOf(part: number, whole: number): string {
  if (whole === 0) return "—";
  const p = BigInt(part) * 1000n;
  const w = BigInt(whole);
  const negative = p < 0n !== w < 0n && p !== 0n;
  const ap = p < 0n ? -p : p;
  const aw = w < 0n ? -w : w;
  let q = ap / aw;
  if ((ap % aw) * 2n >= aw) q += 1n;
  const int = q / 10n;
  const frac = q % 10n;
  return `${negative ? "-" : ""}${formatCount(Number(int))},${frac}%`;
}

/** `2025-11-15` → `15/11/2025`. */
export function formatDateVi(date: string): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}
