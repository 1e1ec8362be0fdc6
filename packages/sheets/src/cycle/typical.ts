/**
 * The sheet of điển hình registrations and selections ("Đăng ký điển hình"), derived from @antq/domain's
 * `TypicalRegistrationSchema`: one row per unit and year — registered, selected by the steering committee,
 * reached or missed the criteria ("đạt X/N tiêu chí"), or withdrawn; ward police stations name their ward.
 */
import { parseTypicalRegistration, type TypicalRegistration, TypicalRegistrationSchema } from "@antq/domain";
import type { SheetSpec } from "../specs.js";
import { derivedRecordColumns, documentHeaders, recordSheetSpec } from "./derived-sheets.js";
import type { RecordGroup } from "./records.js";

/**
 * "Đăng ký điển hình": one unit's registration (or selection, or result) for one year per row.
 *
 * @example
 * ```ts
 * TYPICAL_SHEET.columns.slice(0, 3).map((c) => c.header); //=> ["Mã bản ghi", "Mã kế hoạch", "Năm"]
 * ```
 */
export const TYPICAL_SHEET: SheetSpec = recordSheetSpec(
  "dang-ky-dien-hinh",
  "Đăng ký điển hình",
  "Mỗi dòng là một đơn vị đăng ký, được chọn xây dựng hoặc đã đạt điển hình trong một năm (Công an phường điển hình, kiểu mẫu: ghi mã phường).",
  derivedRecordColumns(TypicalRegistrationSchema, {
    id: "Mã bản ghi",
    planId: "Mã kế hoạch",
    unitId: "Mã đơn vị",
    adminUnitId: "Mã phường, xã (đơn vị hành chính)",
    ...documentHeaders("decision", "Quyết định"),
  }).columns,
);

/**
 * The registration record group (one sheet, no lists).
 *
 * @example
 * ```ts
 * TYPICAL_GROUP.main.id; //=> "dang-ky-dien-hinh"
 * ```
 */
export const TYPICAL_GROUP: RecordGroup<TypicalRegistration> = {
  main: TYPICAL_SHEET,
  lists: [],
  parse: parseTypicalRegistration,
};
