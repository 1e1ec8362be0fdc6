import * as z from "zod";
import { CalendarDateSchema } from "./calendar-date.js";
import { AdminUnitIdSchema } from "./ids.js";
import { text } from "./internal/id.js";
import { parser } from "./parse.js";

/**
 * The first day of the two-level local government (Nghị quyết 60-NQ/TW; Nghị quyết 202/2025/QH15 and the
 * 34 resolutions 1654–1687/NQ-UBTVQH15): district level ends, thị trấn no longer exist, 34 provinces.
 *
 * @example
 * ```ts
 * REFORM_2025_EFFECTIVE_DATE; // "2025-07-01"
 * ```
 */
export const REFORM_2025_EFFECTIVE_DATE = "2025-07-01";

/**
 * The last day of the three-level system (30 June 2025).
 *
 * @example
 * ```ts
 * LAST_DAY_BEFORE_REFORM_2025; // "2025-06-30"
 * ```
 */
export const LAST_DAY_BEFORE_REFORM_2025 = "2025-06-30";

/**
 * Levels of administrative unit: province (cấp tỉnh), district (cấp huyện, until 30/6/2025), commune (cấp xã).
 *
 * @example
 * ```ts
 * AdminLevelSchema.parse("commune");
 * ```
 */
export const AdminLevelSchema = z.enum(["province", "district", "commune"]).meta({ title: "Cấp hành chính" });

/**
 * An administrative level (see {@link AdminLevelSchema}).
 *
 * @example
 * ```ts
 * const level: AdminLevel = "province";
 * ```
 */
export type AdminLevel = z.infer<typeof AdminLevelSchema>;

/**
 * Vietnamese labels of {@link AdminLevel}.
 *
 * @example
 * ```ts
 * ADMIN_LEVEL_LABELS_VI.commune; // "Cấp xã"
 * ```
 */
export const ADMIN_LEVEL_LABELS_VI: Readonly<Record<AdminLevel, string>> = {
  province: "Cấp tỉnh",
  district: "Cấp huyện (đến 30/6/2025)",
  commune: "Cấp xã",
};

/**
 * Types of administrative unit. Province level: tỉnh, thành phố trực thuộc trung ương. District level (until
 * 30/6/2025): huyện, quận, thị xã, thành phố thuộc tỉnh, thành phố thuộc thành phố trực thuộc trung ương.
 * Commune level: xã, phường, thị trấn (until 30/6/2025), đặc khu (from 1/7/2025).
 *
 * @example
 * ```ts
 * AdminUnitTypeSchema.parse("special-zone"); // đặc khu
 * ```
 */
export const AdminUnitTypeSchema = z
  .enum([
    "province",
    "centrally-run-city",
    "rural-district",
    "urban-district",
    "district-level-town",
    "provincial-city",
    "municipal-city",
    "commune",
    "ward",
    "township",
    "special-zone",
  ])
  .meta({ title: "Loại đơn vị hành chính" });

/**
 * An administrative-unit type (see {@link AdminUnitTypeSchema}).
 *
 * @example
 * ```ts
 * const t: AdminUnitType = "ward";
 * ```
 */
export type AdminUnitType = z.infer<typeof AdminUnitTypeSchema>;

/**
 * The level of each administrative-unit type.
 *
 * @example
 * ```ts
 * ADMIN_UNIT_TYPE_LEVEL.township; // "commune"
 * ```
 */
export const ADMIN_UNIT_TYPE_LEVEL: Readonly<Record<AdminUnitType, AdminLevel>> = {
  province: "province",
  "centrally-run-city": "province",
  "rural-district": "district",
  "urban-district": "district",
  "district-level-town": "district",
  "provincial-city": "district",
  "municipal-city": "district",
  commune: "commune",
  ward: "commune",
  township: "commune",
  "special-zone": "commune",
};

/**
 * Vietnamese names of each administrative-unit type, as written before the unit's name.
 *
 * @example
 * ```ts
 * ADMIN_UNIT_TYPE_LABELS_VI["centrally-run-city"]; // "Thành phố"
 * ```
 */
export const ADMIN_UNIT_TYPE_LABELS_VI: Readonly<Record<AdminUnitType, string>> = {
  province: "Tỉnh",
  "centrally-run-city": "Thành phố",
  "rural-district": "Huyện",
  "urban-district": "Quận",
  "district-level-town": "Thị xã",
  "provincial-city": "Thành phố",
  "municipal-city": "Thành phố",
  commune: "Xã",
  ward: "Phường",
  township: "Thị trấn",
  "special-zone": "Đặc khu",
};

/**
 * How much of a predecessor went into a new administrative unit: all of it ("whole", sáp nhập, hợp nhất) or
 * part of its area and population ("part", chia tách, điều chỉnh một phần).
 *
 * @example
 * ```ts
 * AdminPredecessorShareSchema.parse("part");
 * ```
 */
export const AdminPredecessorShareSchema = z
  .enum(["whole", "part"])
  .meta({ title: "Phạm vi chuyển sang (toàn bộ hoặc một phần)" });

/**
 * A predecessor share (see {@link AdminPredecessorShareSchema}).
 *
 * @example
 * ```ts
 * const s: AdminPredecessorShare = "whole";
 * ```
 */
export type AdminPredecessorShare = z.infer<typeof AdminPredecessorShareSchema>;

/**
 * Vietnamese labels of {@link AdminPredecessorShare}.
 *
 * @example
 * ```ts
 * ADMIN_PREDECESSOR_SHARE_LABELS_VI.part; // "Một phần diện tích, dân số"
 * ```
 */
export const ADMIN_PREDECESSOR_SHARE_LABELS_VI: Readonly<Record<AdminPredecessorShare, string>> = {
  whole: "Toàn bộ",
  part: "Một phần diện tích, dân số",
};

/**
 * One predecessor of an administrative unit: the old unit and whether all of it ("whole") or only part of
 * its area and population ("part") went into this unit.
 *
 * @example
 * ```ts
 * AdminPredecessorSchema.parse({ id: "P02", share: "whole" }); // Hà Giang → Tuyên Quang
 * ```
 */
export const AdminPredecessorSchema = z
  .strictObject({
    id: AdminUnitIdSchema,
    share: AdminPredecessorShareSchema,
  })
  .meta({ title: "Đơn vị hành chính trước đó" });

/**
 * An administrative unit with a validity interval and its lineage. `code` is the statistics-office code
 * (2 digits for provinces, 3 for districts, 5 for communes), which can be reused after 1 July 2025; `id` is
 * unique across time. `validTo` is the last day the unit existed (inclusive). `predecessors` lists the units
 * it was formed from ("merged from"); an old unit listed as a `part` predecessor of several new units was
 * "split into" them. Names are stored without the type word ("Tuyên Quang", not "Tỉnh Tuyên Quang").
 *
 * @example
 * ```ts
 * AdminUnitSchema.parse({
 *   id: "P08-2025", code: "08", name: "Tuyên Quang", type: "province", validFrom: "2025-07-01",
 *   predecessors: [{ id: "P08", share: "whole" }, { id: "P02", share: "whole" }],
 *   basis: "Nghị quyết 202/2025/QH15",
 * });
 * ```
 */
export const AdminUnitSchema = z
  .strictObject({
    id: AdminUnitIdSchema,
    code: z
      .string()
      .regex(/^(?:\d{2}|\d{3}|\d{5})$/)
      .meta({ title: "Mã số thống kê" }),
    name: text("Tên đơn vị hành chính", 200),
    type: AdminUnitTypeSchema,
    parentId: AdminUnitIdSchema.optional(),
    validFrom: CalendarDateSchema.optional(),
    validTo: CalendarDateSchema.optional(),
    predecessors: z.array(AdminPredecessorSchema).meta({ title: "Hình thành từ các đơn vị" }).optional(),
    basis: text("Căn cứ pháp lý", 500).optional(),
  })
  .superRefine((unit, ctx) => {
    const level = ADMIN_UNIT_TYPE_LEVEL[unit.type];
    const expectedDigits = level === "province" ? 2 : level === "district" ? 3 : 5;
    if (unit.code.length !== expectedDigits) {
      ctx.addIssue({
        code: "custom",
        path: ["code"],
        input: unit.code,
        params: {
          domainCode: "INVALID_FORMAT",
          messageVi: `mã "${unit.code}" phải có ${expectedDigits} chữ số cho đơn vị cấp ${level === "province" ? "tỉnh" : level === "district" ? "huyện" : "xã"}.`,
        },
      });
    }
    if (unit.validFrom !== undefined && unit.validTo !== undefined && unit.validTo < unit.validFrom) {
      ctx.addIssue({
        code: "custom",
        path: ["validTo"],
        input: unit.validTo,
        params: { domainCode: "DATE_RANGE_REVERSED", start: unit.validFrom },
      });
    }
    if (
      (level === "district" || unit.type === "township") &&
      (unit.validTo === undefined || unit.validTo > LAST_DAY_BEFORE_REFORM_2025)
    ) {
      ctx.addIssue({
        code: "custom",
        path: ["validTo"],
        input: unit.validTo,
        params: {
          domainCode: "INVALID_LINEAGE",
          messageVi: `${ADMIN_UNIT_TYPE_LABELS_VI[unit.type].toLowerCase()} chỉ tồn tại đến hết ngày 30/6/2025; phải ghi "Hiệu lực đến ngày" không muộn hơn 2025-06-30.`,
        },
      });
    }
    if (
      unit.type === "special-zone" &&
      (unit.validFrom === undefined || unit.validFrom < REFORM_2025_EFFECTIVE_DATE)
    ) {
      ctx.addIssue({
        code: "custom",
        path: ["validFrom"],
        input: unit.validFrom,
        params: {
          domainCode: "INVALID_LINEAGE",
          messageVi: 'đặc khu chỉ có từ ngày 01/7/2025; "Hiệu lực từ ngày" phải từ 2025-07-01 trở đi.',
        },
      });
    }
  })
  .meta({ id: "AdminUnit", title: "Đơn vị hành chính" });

/**
 * An administrative unit (see {@link AdminUnitSchema}).
 *
 * @example
 * ```ts
 * const name = (u: AdminUnit) => adminUnitFullName(u);
 * ```
 */
export type AdminUnit = z.infer<typeof AdminUnitSchema>;

/**
 * Parses one administrative unit.
 *
 * @example
 * ```ts
 * parseAdminUnit({ id: "C31321", code: "31321", name: "Tân Tiến", type: "commune", validTo: "2025-06-30" }).ok; // true
 * ```
 */
export const parseAdminUnit = parser(AdminUnitSchema);

/**
 * The full Vietnamese name of a unit: the type word and the name, e.g. "Tỉnh Tuyên Quang", "Đặc khu Phú Quốc".
 * A name that already starts with the type word is returned as it is.
 *
 * @example
 * ```ts
 * adminUnitFullName({ name: "Hà Nội", type: "centrally-run-city" }); // "Thành phố Hà Nội"
 * ```
 */
export function adminUnitFullName(unit: Pick<AdminUnit, "name" | "type">): string {
  const prefix = ADMIN_UNIT_TYPE_LABELS_VI[unit.type];
  if (prefix === undefined)
    throw new RangeError(`adminUnitFullName: loại đơn vị không hợp lệ "${String(unit.type)}"`);
  return unit.name.toLowerCase().startsWith(prefix.toLowerCase()) ? unit.name : `${prefix} ${unit.name}`;
}

/**
 * The level of a unit (from its type).
 *
 * @example
 * ```ts
 * adminLevelOf({ type: "urban-district" }); // "district"
 * ```
 */
export function adminLevelOf(unit: Pick<AdminUnit, "type">): AdminLevel {
  const level = ADMIN_UNIT_TYPE_LEVEL[unit.type];
  if (level === undefined)
    throw new RangeError(`adminLevelOf: loại đơn vị không hợp lệ "${String(unit.type)}"`);
  return level;
}

/**
 * Whether a unit existed on a calendar date (inclusive validity interval; open ends accept any date).
 *
 * @example
 * ```ts
 * isAdminUnitValidOn({ validTo: "2025-06-30" }, "2025-07-01"); // false
 * ```
 */
export function isAdminUnitValidOn(unit: Pick<AdminUnit, "validFrom" | "validTo">, date: string): boolean {
  return (
    (unit.validFrom === undefined || unit.validFrom <= date) &&
    (unit.validTo === undefined || date <= unit.validTo)
  );
}

/**
 * The default id of a unit: a level letter (P, D, C) and the code, plus `-YYYY` when the unit starts on or
 * after 1 July 2025 (codes were reused by the reform). Used when an import row has no id.
 *
 * @example
 * ```ts
 * defaultAdminUnitId("province", "08", "2025-07-01"); // "P08-2025"
 * defaultAdminUnitId("commune", "31321"); // "C31321"
 * ```
 */
export function defaultAdminUnitId(level: AdminLevel, code: string, validFrom?: string): string {
  const letter = level === "province" ? "P" : level === "district" ? "D" : "C";
  if (letter === undefined) throw new RangeError(`defaultAdminUnitId: cấp không hợp lệ "${String(level)}"`);
  return validFrom !== undefined && validFrom >= REFORM_2025_EFFECTIVE_DATE
    ? `${letter}${code}-${validFrom.slice(0, 4)}`
    : `${letter}${code}`;
}
