/**
 * Input sheets of the movement's activities (tuyên truyền, tập huấn, hòa giải, tin báo, giao nộp vũ khí, Ngày
 * hội, giúp đỡ người lầm lỗi): one sheet per kind, derived from @antq/domain's activity schemas, read into
 * validated `Activity` records with located errors.
 */
import {
  ACTIVITY_KIND_LABELS_VI,
  type Activity,
  type ActivityKind,
  FestivalActivitySchema,
  MediationActivitySchema,
  PropagandaActivitySchema,
  parseActivity,
  ReintegrationActivitySchema,
  TipsActivitySchema,
  TrainingActivitySchema,
  WeaponsHandoverActivitySchema,
} from "@antq/domain";
import type * as z from "zod";
import { deriveColumns, jsonSchemaOf } from "../columns.js";
import type { InputIssue } from "../dataset.js";
import {
  type RecordGroup,
  type RecordSheetSpec,
  readRecordGroup,
  type SheetRows,
  type SourcedRecord,
} from "./records.js";

const SCHEMAS: Readonly<Record<ActivityKind, z.ZodType>> = {
  propaganda: PropagandaActivitySchema,
  training: TrainingActivitySchema,
  mediation: MediationActivitySchema,
  tips: TipsActivitySchema,
  "weapons-handover": WeaponsHandoverActivitySchema,
  festival: FestivalActivitySchema,
  reintegration: ReintegrationActivitySchema,
};

const IDS: Readonly<Record<ActivityKind, string>> = {
  propaganda: "hd-tuyen-truyen",
  training: "hd-tap-huan",
  mediation: "hd-hoa-giai",
  tips: "hd-tin-bao",
  "weapons-handover": "hd-giao-nop-vu-khi",
  festival: "hd-ngay-hoi",
  reintegration: "hd-giup-do",
};

const HEADERS = {
  id: "Mã hoạt động",
  unitId: "Mã đơn vị tổ chức",
  adminUnitId: "Mã xã, phường, đặc khu",
  "period.from": "Từ ngày",
  "period.to": "Đến ngày",
  description: "Mô tả",
};

/**
 * The activity sheets, one per kind (sheet name = the kind's Vietnamese label, cut to Excel's 31 characters).
 *
 * @example
 * ```ts
 * ACTIVITY_SHEETS.map((s) => s.id).includes("hd-hoa-giai"); //=> true
 * ```
 */
export const ACTIVITY_SHEETS: readonly (RecordSheetSpec & { readonly activityKind: ActivityKind })[] = (
  Object.keys(SCHEMAS) as ActivityKind[]
).map((kind) => ({
  id: IDS[kind],
  sheetName: ACTIVITY_KIND_LABELS_VI[kind].replace(/[[\]:*?/\\]/g, " ").slice(0, 31),
  description: `Mỗi dòng là một hoạt động “${ACTIVITY_KIND_LABELS_VI[kind]}” trong một thời gian.`,
  target: "facts-list",
  fixed: { kind },
  activityKind: kind,
  columns: deriveColumns(jsonSchemaOf(SCHEMAS[kind]), { headers: HEADERS, omit: ["kind"] }).columns,
}));

/**
 * The activity record groups, one per sheet (`readRecordGroup` each; {@link readActivities} reads them all).
 *
 * @example
 * ```ts
 * ACTIVITY_GROUPS.length; //=> 7
 * ```
 */
export const ACTIVITY_GROUPS: readonly RecordGroup<Activity>[] = ACTIVITY_SHEETS.map((main) => ({
  main,
  lists: [],
  parse: parseActivity,
}));

/**
 * The activities of every activity sheet present in `sheets`, validated, with located problems; an activity
 * code used on two sheets is an error on the second.
 *
 * @example
 * ```ts
 * readActivities(new Map()).records; //=> []
 * ```
 */
export const readActivities = (
  sheets: ReadonlyMap<string, SheetRows>,
): { records: SourcedRecord<Activity>[]; issues: InputIssue[] } => {
  const records: SourcedRecord<Activity>[] = [];
  const issues: InputIssue[] = [];
  const seen = new Map<string, SourcedRecord<Activity>>();
  for (const group of ACTIVITY_GROUPS) {
    const read = readRecordGroup(group, sheets);
    issues.push(...read.issues);
    for (const r of read.records) {
      const first = seen.get(r.value.id);
      if (first === undefined) {
        seen.set(r.value.id, r);
        records.push(r);
        continue;
      }
      issues.push({
        severity: "error",
        code: "DUPLICATE_ID",
        message: `Mã hoạt động "${r.value.id}" đã dùng ở trang "${first.source.sheet}", dòng ${first.source.row}; mỗi mã chỉ ghi một dòng.`,
        file: r.source.file,
        ...(r.source.sheet !== undefined ? { sheet: r.source.sheet } : {}),
        ...(r.source.row !== undefined ? { row: r.source.row } : {}),
        path: "id",
      });
    }
  }
  return { records, issues };
};
