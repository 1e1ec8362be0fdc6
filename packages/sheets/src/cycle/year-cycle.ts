/**
 * The records of the yearly cycle a year's workbook may carry beside its units (`antq nhap`): plans and
 * targets, điển hình registrations, models, Tổ bảo vệ ANTT, activities and award proposals, each read with the
 * one record reader, in the shape @antq/store's `importCycleYear` stores.
 */
import type { Activity, Model, Plan, SecurityTeam, TypicalRegistration } from "@antq/domain";
import type { AwardProposal } from "@antq/rules-awards";
import type { InputIssue } from "../dataset.js";
import type { SheetSpec } from "../specs.js";
import { ACTIVITY_SHEETS, readActivities } from "./activity-sheets.js";
import { AWARD_GROUP, AWARD_PROPOSAL_SHEET } from "./award-sheets.js";
import { MODEL_GROUP, MODEL_SHEETS } from "./model.js";
import { PLAN_GROUP, PLAN_SHEETS } from "./plan.js";
import { readRecordGroup, type SheetRows, type SourcedRecord } from "./records.js";
import { TEAM_GROUP, TEAM_MEMBER_SHEET, TEAM_SHEET } from "./team-sheets.js";
import { TYPICAL_GROUP, TYPICAL_SHEET } from "./typical.js";

/**
 * The sheets of the yearly cycle a year's workbook may carry beside its units. A sheet named "Mô hình" is read
 * as the model list only when its header row is the model template's (`matchCycleSheet`).
 *
 * @example
 * ```ts
 * YEAR_CYCLE_SHEETS.map((s) => s.sheetName).includes("Đăng ký điển hình"); //=> true
 * ```
 */
export const YEAR_CYCLE_SHEETS: readonly SheetSpec[] = [
  ...PLAN_SHEETS,
  TYPICAL_SHEET,
  ...MODEL_SHEETS,
  TEAM_SHEET,
  TEAM_MEMBER_SHEET,
  ...ACTIVITY_SHEETS,
  AWARD_PROPOSAL_SHEET,
];

/**
 * The records of a year's cycle; a kind without records is left out.
 *
 * @example
 * ```ts
 * const records: YearCycleRecords = { typicalRegistrations: registrations };
 * records.plans; //=> undefined
 * ```
 */
export interface YearCycleRecords {
  readonly plans?: readonly Plan[];
  readonly typicalRegistrations?: readonly TypicalRegistration[];
  readonly models?: readonly Model[];
  readonly securityTeams?: readonly SecurityTeam[];
  readonly activities?: readonly Activity[];
  readonly awardProposals?: readonly AwardProposal[];
}

/**
 * Reads the yearly cycle's records of `sheets` (gathered with `addCycleWorksheet` from {@link YEAR_CYCLE_SHEETS}),
 * with every located issue of every kind; nothing is to be stored while any is an error.
 *
 * @example
 * ```ts
 * const sheets = new Map();
 * addCycleCsv(sheets, YEAR_CYCLE_SHEETS, "dang-ky-dien-hinh.csv", {
 *   headers: ["Mã bản ghi", "Năm", "Chương trình", "Loại đơn vị", "Tên đơn vị", "Mã đơn vị", "Tình trạng xây dựng điển hình"],
 *   rows: [{ line: 2, cells: ["dh-hg-2024-1", "2024", "Đơn vị điển hình về phong trào toàn dân bảo vệ ANTQ", "Cơ quan", "Sở Văn hóa, Thể thao và Du lịch", "so-vhttdl-hg", "Được chọn xây dựng"] }],
 * });
 * const read = readYearCycle(sheets);
 * [read.issues.length, read.records.typicalRegistrations?.[0]?.unitId, read.records.plans]; //=> [0, "so-vhttdl-hg", undefined]
 * ```
 */
export const readYearCycle = (
  sheets: ReadonlyMap<string, SheetRows>,
): { readonly records: YearCycleRecords; readonly issues: readonly InputIssue[] } => {
  const issues: InputIssue[] = [];
  const values = <T>(read: { records: readonly SourcedRecord<T>[]; issues: readonly InputIssue[] }) => {
    issues.push(...read.issues);
    return read.records.map((r) => r.value);
  };
  const kinds = {
    plans: values(readRecordGroup(PLAN_GROUP, sheets)),
    typicalRegistrations: values(readRecordGroup(TYPICAL_GROUP, sheets)),
    models: values(readRecordGroup(MODEL_GROUP, sheets)),
    securityTeams: values(readRecordGroup(TEAM_GROUP, sheets)),
    activities: values(readActivities(sheets)),
    awardProposals: values(readRecordGroup(AWARD_GROUP, sheets)),
  };
  const records = Object.fromEntries(Object.entries(kinds).filter(([, list]) => list.length > 0));
  return { records: records as YearCycleRecords, issues };
};
