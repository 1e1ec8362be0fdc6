/**
 * Input sheets of the movement's activities (tuyên truyền, tập huấn, hòa giải, tin báo, giao nộp vũ khí, Ngày
 * hội, giúp đỡ người lầm lỗi): one sheet per kind, derived from @antq/domain's activity schemas, and their
 * validation into `Activity` records with located errors.
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
import { locateIssue, type RecordRow, type RecordSheetIssue, type RecordSheetSpec } from "./record-sheets.js";

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
 * Validated activities of the rows of one activity sheet (from `recordRows`), problems located.
 *
 * @example
 * ```ts
 * activitiesFromRows(ACTIVITY_SHEETS[0] as RecordSheetSpec, []).activities; //=> []
 * ```
 */
export const activitiesFromRows = (
  spec: RecordSheetSpec,
  rows: readonly RecordRow[],
): { activities: Activity[]; issues: RecordSheetIssue[] } => {
  const activities: Activity[] = [];
  const issues: RecordSheetIssue[] = [];
  for (const row of rows) {
    const parsed = parseActivity(row.value);
    if (parsed.ok) activities.push(parsed.value);
    else for (const i of parsed.issues) issues.push(locateIssue(spec, row.row, i.path, i.message));
  }
  return { activities, issues };
};
