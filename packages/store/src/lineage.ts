/**
 * Province scope across the 2025 reform: a province of today stands for itself and every province it was
 * formed from (transitively, through `@antq/domain`'s lineage), so that "province X, 2019–2025" counts the
 * units recorded under the old provinces that now make up X.
 */
import { type AdminUnit, PROVINCE_UNITS, REFORM_2025_EFFECTIVE_DATE } from "@antq/domain";
import { StoreError } from "./errors.js";

/**
 * The administrative-unit ids a scope covers and whether it spans a merger.
 *
 * @example
 * ```ts
 * const s: ProvinceScope = { provinceId: "P82-2025", memberIds: ["P82", "P82-2025", "P87"], merged: true };
 * ```
 */
export interface ProvinceScope {
  readonly provinceId: string;
  /** The province and all its predecessors, sorted. */
  readonly memberIds: readonly string[];
  /** True when the province was formed from other provinces (its figures before the reform are sums). */
  readonly merged: boolean;
}

/**
 * The scope of a province id, using the shipped provinces plus `extra` units (e.g. those kept in the store).
 * Throws `INVALID_INPUT` for an unknown id.
 *
 * @example
 * ```ts
 * provinceScope("P82-2025").memberIds; //=> ["P82", "P82-2025", "P87"]
 * ```
 */
export function provinceScope(provinceId: string, extra: readonly AdminUnit[] = []): ProvinceScope {
  const byId = new Map<string, AdminUnit>();
  for (const u of [...PROVINCE_UNITS, ...extra]) byId.set(u.id, u);
  if (!byId.has(provinceId))
    throw new StoreError("INVALID_INPUT", `Không có tỉnh, thành phố với mã "${provinceId}".`, { provinceId });
  const members = new Set<string>();
  const visit = (id: string) => {
    if (members.has(id)) return;
    members.add(id);
    for (const p of byId.get(id)?.predecessors ?? []) visit(p.id);
  };
  visit(provinceId);
  return {
    provinceId,
    memberIds: [...members].sort(),
    merged: members.size > 1,
  };
}

/**
 * The first evaluation year whose records use the post-reform units (the reform took effect mid-2025).
 *
 * @example
 * ```ts
 * FIRST_YEAR_AFTER_REFORM; //=> 2026
 * ```
 */
export const FIRST_YEAR_AFTER_REFORM = Number(REFORM_2025_EFFECTIVE_DATE.slice(0, 4)) + 1;

/**
 * True when a figure for `year` in a merged scope adds up units recorded under the old provinces (any year
 * up to and including 2025, the year of the reform).
 *
 * @example
 * ```ts
 * crossesReform(provinceScope("P82-2025"), 2024); //=> true
 * crossesReform(provinceScope("P82-2025"), 2026); //=> false
 * ```
 */
export const crossesReform = (scope: ProvinceScope | undefined, year: number): boolean =>
  scope?.merged === true && year < FIRST_YEAR_AFTER_REFORM;
