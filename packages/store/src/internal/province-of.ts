import { type AdminUnit, adminLevelOf, PROVINCE_UNITS } from "@antq/domain";

/** What a record names to be placed in a province: an assessed unit and/or an administrative unit. */
export interface PlaceRef {
  readonly unitId?: string | undefined;
  readonly adminUnitId?: string | undefined;
}

/**
 * Resolves the province of a year's records (activities, awards, models, teams): the named unit's province
 * (`unitProvince`), else the province at the top of the named administrative unit's chain of parents (the
 * stored units and the shipped provinces), else the one province of the year's units (`provinces`); null
 * otherwise.
 */
export function provinceResolver(
  unitProvince: ReadonlyMap<string, string>,
  provinces: ReadonlySet<string>,
  adminUnits: readonly AdminUnit[],
): (ref: PlaceRef) => string | null {
  const admin = new Map<string, AdminUnit>();
  for (const a of [...PROVINCE_UNITS, ...adminUnits]) admin.set(a.id, a);
  const single = provinces.size === 1 ? ([...provinces][0] ?? null) : null;
  const topOf = (id: string): string | null => {
    let current = admin.get(id);
    for (let depth = 0; current !== undefined && depth < 8; depth++) {
      if (adminLevelOf(current) === "province") return current.id;
      if (current.parentId === undefined) return null;
      const parent = admin.get(current.parentId);
      if (parent === undefined) return current.parentId;
      current = parent;
    }
    return null;
  };
  return (ref) =>
    (ref.unitId !== undefined ? unitProvince.get(ref.unitId) : undefined) ??
    (ref.adminUnitId !== undefined ? topOf(ref.adminUnitId) : null) ??
    single;
}
