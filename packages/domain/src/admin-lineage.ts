import {
  ADMIN_UNIT_TYPE_LEVEL,
  type AdminLevel,
  type AdminUnit,
  adminUnitFullName,
  isAdminUnitValidOn,
} from "./admin-unit.js";
import { addDays, type CalendarDate, isCalendarDate } from "./calendar-date.js";
import type { AdminUnitId } from "./ids.js";
import { type DomainIssue, domainIssue } from "./issues-vi.js";
import type { DomainResult } from "./parse.js";

/**
 * An index over a consistent set of administrative units, built by {@link indexAdminUnits}: look-ups by id
 * and the forward lineage ("became") computed from each unit's `predecessors`.
 *
 * @example
 * ```ts
 * const index = unwrap(indexAdminUnits(PROVINCE_UNITS));
 * index.byId.get("P93")?.name; // "Hậu Giang"
 * ```
 */
export interface AdminUnitIndex {
  readonly units: readonly AdminUnit[];
  readonly byId: ReadonlyMap<string, AdminUnit>;
  /** Old unit id → ids of the units it went into (wholly or partly). */
  readonly successors: ReadonlyMap<string, readonly AdminUnitId[]>;
  /** `level:code` → every unit that ever had that code at that level. */
  readonly byCode: ReadonlyMap<string, readonly AdminUnit[]>;
  /** Parent id → its direct children (all periods). */
  readonly children: ReadonlyMap<string, readonly AdminUnit[]>;
}

const LEVEL_RANK: Readonly<Record<AdminLevel, number>> = { province: 0, district: 1, commune: 2 };

/**
 * Checks a set of administrative units for consistency and indexes it. Problems are returned as issues:
 * duplicate ids (`DUPLICATE_ID`); unknown parents or predecessors (`UNKNOWN_REFERENCE`); a parent that is not
 * one level up, or a predecessor still valid on the day its successor starts (`INVALID_LINEAGE`).
 *
 * @example
 * ```ts
 * const r = indexAdminUnits([...PROVINCE_UNITS, ...PROVINCE_UNITS.slice(0, 1)]);
 * r.ok; //=> false
 * r.ok || r.issues[0]?.code; //=> "DUPLICATE_ID"
 * ```
 */
export function indexAdminUnits(units: readonly AdminUnit[]): DomainResult<AdminUnitIndex> {
  if (!Array.isArray(units as unknown))
    throw new TypeError("indexAdminUnits: cần một mảng đơn vị hành chính");
  const issues: DomainIssue[] = [];
  const byId = new Map<string, AdminUnit>();
  units.forEach((u, i) => {
    if (byId.has(u.id)) {
      issues.push(
        domainIssue("DUPLICATE_ID", [i, "id"], `Mã định danh đơn vị hành chính bị trùng: "${u.id}".`),
      );
    } else byId.set(u.id, u);
  });
  const successors = new Map<string, AdminUnitId[]>();
  units.forEach((u, i) => {
    if (u.parentId !== undefined) {
      const parent = byId.get(u.parentId);
      if (parent === undefined) {
        issues.push(
          domainIssue(
            "UNKNOWN_REFERENCE",
            [i, "parentId"],
            `Đơn vị cấp trên "${u.parentId}" của ${adminUnitFullName(u)} không có trong dữ liệu.`,
          ),
        );
      } else {
        const gap =
          LEVEL_RANK[ADMIN_UNIT_TYPE_LEVEL[u.type]] - LEVEL_RANK[ADMIN_UNIT_TYPE_LEVEL[parent.type]];
        // communes before 2025 sit under a district (gap 1) or, in data without districts, directly under a province (gap 2)
        if (gap < 1 || (gap === 2 && ADMIN_UNIT_TYPE_LEVEL[u.type] !== "commune")) {
          issues.push(
            domainIssue(
              "INVALID_LINEAGE",
              [i, "parentId"],
              `${adminUnitFullName(parent)} không thể là đơn vị cấp trên của ${adminUnitFullName(u)}.`,
            ),
          );
        }
      }
    }
    (u.predecessors ?? []).forEach((p, j) => {
      const old = byId.get(p.id);
      if (old === undefined) {
        issues.push(
          domainIssue(
            "UNKNOWN_REFERENCE",
            [i, "predecessors", j, "id"],
            `Đơn vị trước đó "${p.id}" của ${adminUnitFullName(u)} không có trong dữ liệu.`,
          ),
        );
        return;
      }
      if (u.validFrom === undefined || old.validTo === undefined || old.validTo >= u.validFrom) {
        issues.push(
          domainIssue(
            "INVALID_LINEAGE",
            [i, "predecessors", j, "id"],
            `${adminUnitFullName(old)} (${old.id}) phải hết hiệu lực trước ngày ${adminUnitFullName(u)} (${u.id}) bắt đầu hiệu lực.`,
          ),
        );
      }
      const list = successors.get(p.id) ?? [];
      list.push(u.id);
      successors.set(p.id, list);
    });
  });
  if (issues.length > 0) return { ok: false, issues };
  const byCode = new Map<string, AdminUnit[]>();
  const children = new Map<string, AdminUnit[]>();
  for (const u of units) {
    const key = `${ADMIN_UNIT_TYPE_LEVEL[u.type]}:${u.code}`;
    const sameCode = byCode.get(key) ?? [];
    sameCode.push(u);
    byCode.set(key, sameCode);
    if (u.parentId !== undefined) {
      const list = children.get(u.parentId) ?? [];
      list.push(u);
      children.set(u.parentId, list);
    }
  }
  return { ok: true, value: { units, byId, successors, byCode, children } };
}

function requireUnit(index: AdminUnitIndex, id: string, fn: string): AdminUnit {
  const unit = index.byId.get(id);
  if (unit === undefined) throw new RangeError(`${fn}: không có đơn vị hành chính "${id}" trong chỉ mục`);
  return unit;
}

function requireDate(date: unknown, fn: string): asserts date is CalendarDate {
  if (!isCalendarDate(date)) throw new RangeError(`${fn}: "${String(date)}" không phải ngày YYYY-MM-DD`);
}

function sortUnique(units: Iterable<AdminUnit>): AdminUnit[] {
  const map = new Map<string, AdminUnit>();
  for (const u of units) map.set(u.id, u);
  return [...map.values()].sort((a, b) =>
    a.code === b.code ? (a.id < b.id ? -1 : 1) : a.code < b.code ? -1 : 1,
  );
}

/**
 * The unit(s) that an administrative unit corresponds to on a date: the unit itself if it existed then; the
 * unit(s) it became if the date is after it ended (following lineage forward); the unit(s) it was formed from
 * if the date is before it started (following lineage backward). Returns `[]` when lineage is not recorded.
 *
 * @example
 * ```ts
 * const index = unwrap(indexAdminUnits(PROVINCE_UNITS));
 * unitAsOf(index, "P93", "2024-05-01").map((u) => u.name); //=> ["Hậu Giang"]
 * unitAsOf(index, "P93", "2025-07-01").map((u) => u.name); //=> ["Cần Thơ"]
 * unitAsOf(index, "P92-2025", "2025-01-01").map((u) => u.name); //=> ["Cần Thơ", "Hậu Giang", "Sóc Trăng"]
 * ```
 */
export function unitAsOf(index: AdminUnitIndex, id: string, date: CalendarDate): AdminUnit[] {
  const unit = requireUnit(index, id, "unitAsOf");
  requireDate(date, "unitAsOf");
  if (isAdminUnitValidOn(unit, date)) return [unit];
  if (unit.validTo !== undefined && date > unit.validTo) return successorsOf(index, id, date);
  return predecessorsOf(index, id, date);
}

/**
 * The units an old unit became, valid on `date` (following every recorded step forward, e.g. across several
 * re-arrangements). A unit that was split appears in several results. Without `date`, the direct successors.
 *
 * @example
 * ```ts
 * const index = unwrap(indexAdminUnits(PROVINCE_UNITS));
 * successorsOf(index, "P82", "2026-01-01").map(adminUnitFullName); //=> ["Tỉnh Đồng Tháp"]
 * ```
 */
export function successorsOf(index: AdminUnitIndex, id: string, date?: CalendarDate): AdminUnit[] {
  requireUnit(index, id, "successorsOf");
  if (date === undefined) {
    return sortUnique((index.successors.get(id) ?? []).map((s) => requireUnit(index, s, "successorsOf")));
  }
  requireDate(date, "successorsOf");
  const found: AdminUnit[] = [];
  const seen = new Set<string>([id]);
  const queue = [...(index.successors.get(id) ?? [])];
  while (queue.length > 0) {
    const next = queue.shift() as string;
    if (seen.has(next)) continue;
    seen.add(next);
    const u = requireUnit(index, next, "successorsOf");
    if (isAdminUnitValidOn(u, date)) found.push(u);
    else if (u.validTo !== undefined && date > u.validTo) queue.push(...(index.successors.get(next) ?? []));
  }
  return sortUnique(found);
}

/**
 * The old units a unit was formed from, valid on `date` (following every recorded step backward). Without
 * `date`, the direct predecessors.
 *
 * @example
 * ```ts
 * const index = unwrap(indexAdminUnits(PROVINCE_UNITS));
 * predecessorsOf(index, "P82-2025").map((u) => u.name); //=> ["Tiền Giang", "Đồng Tháp"]
 * predecessorsOf(index, "P82-2025", "2023-02-08").length; //=> 2
 * ```
 */
export function predecessorsOf(index: AdminUnitIndex, id: string, date?: CalendarDate): AdminUnit[] {
  const unit = requireUnit(index, id, "predecessorsOf");
  if (date === undefined) {
    return sortUnique((unit.predecessors ?? []).map((p) => requireUnit(index, p.id, "predecessorsOf")));
  }
  requireDate(date, "predecessorsOf");
  const found: AdminUnit[] = [];
  const seen = new Set<string>([id]);
  const queue = (unit.predecessors ?? []).map((p) => p.id as string);
  while (queue.length > 0) {
    const next = queue.shift() as string;
    if (seen.has(next)) continue;
    seen.add(next);
    const u = requireUnit(index, next, "predecessorsOf");
    if (isAdminUnitValidOn(u, date)) found.push(u);
    else if (u.validFrom !== undefined && date < u.validFrom) {
      queue.push(...(u.predecessors ?? []).map((p) => p.id as string));
    }
  }
  return sortUnique(found);
}

/**
 * The unit of a level with a statistics code on a date (codes are reused after 1 July 2025, so the date
 * matters), or `undefined`.
 *
 * @example
 * ```ts
 * const index = unwrap(indexAdminUnits(PROVINCE_UNITS));
 * findAdminUnitByCode(index, "province", "82", "2024-12-31")?.name; //=> "Tiền Giang"
 * findAdminUnitByCode(index, "province", "82", "2025-07-01")?.name; //=> "Đồng Tháp"
 * ```
 */
export function findAdminUnitByCode(
  index: AdminUnitIndex,
  level: AdminLevel,
  code: string,
  date: CalendarDate,
): AdminUnit | undefined {
  requireDate(date, "findAdminUnitByCode");
  return index.byCode.get(`${level}:${code}`)?.find((u) => isAdminUnitValidOn(u, date));
}

/**
 * The units of a level valid on a date, sorted by code.
 *
 * @example
 * ```ts
 * const index = unwrap(indexAdminUnits(PROVINCE_UNITS));
 * adminUnitsValidOn(index, "province", "2025-07-01").length; //=> 34
 * ```
 */
export function adminUnitsValidOn(index: AdminUnitIndex, level: AdminLevel, date: CalendarDate): AdminUnit[] {
  requireDate(date, "adminUnitsValidOn");
  return sortUnique(
    index.units.filter((u) => ADMIN_UNIT_TYPE_LEVEL[u.type] === level && isAdminUnitValidOn(u, date)),
  );
}

/**
 * The units directly under a parent, optionally only those valid on a date.
 *
 * @example
 * ```ts
 * const communes = unwrap(importAdminUnitsCsv(
 *   "code,name,type,parentId,validFrom\n28249,Xã Mỹ Đức Tây,xã,P82-2025,2025-07-01\n",
 *   { base: PROVINCE_UNITS },
 * ));
 * const index = unwrap(indexAdminUnits([...PROVINCE_UNITS, ...communes]));
 * childrenOf(index, "P82-2025", "2025-07-01").map((u) => u.name); //=> ["Mỹ Đức Tây"]
 * ```
 */
export function childrenOf(index: AdminUnitIndex, parentId: string, date?: CalendarDate): AdminUnit[] {
  requireUnit(index, parentId, "childrenOf");
  if (date !== undefined) requireDate(date, "childrenOf");
  return sortUnique(
    (index.children.get(parentId) ?? []).filter((u) => date === undefined || isAdminUnitValidOn(u, date)),
  );
}

/**
 * The day after a unit ended (when its successors start), or `undefined` for a unit still valid.
 *
 * @example
 * ```ts
 * dayAfterEnd({ validTo: "2025-06-30" }); // "2025-07-01"
 * ```
 */
export function dayAfterEnd(unit: Pick<AdminUnit, "validTo">): CalendarDate | undefined {
  return unit.validTo === undefined ? undefined : addDays(unit.validTo, 1);
}
