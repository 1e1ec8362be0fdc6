import { addDays } from "./date.js";

interface Dated {
  readonly from: string;
  readonly to?: string;
}

function overlaps(a: Dated, b: Dated): boolean {
  return a.from <= (b.to ?? "9999-12-31") && b.from <= (a.to ?? "9999-12-31");
}

function withRange<T extends Dated>(item: T, from: string, to: string | undefined): T {
  const out = { ...item, from } as T & { to?: string };
  if (to === undefined) delete out.to;
  else out.to = to;
  return out;
}

/**
 * Replaces, inside each patch item's span, whatever the base had: base items are trimmed or split around
 * the patch; patch items are inserted. Sorted by `from`.
 */
export function spliceDated<T extends Dated>(base: readonly T[], patch: readonly T[]): T[] {
  let current = [...base];
  for (const p of patch) {
    const next: T[] = [];
    for (const b of current) {
      if (!overlaps(b, p)) {
        next.push(b);
        continue;
      }
      if (b.from < p.from) next.push(withRange(b, b.from, addDays(p.from, -1)));
      if (p.to !== undefined && (b.to === undefined || b.to > p.to))
        next.push(withRange(b, addDays(p.to, 1), b.to));
    }
    next.push(p);
    current = next;
  }
  return current.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}
