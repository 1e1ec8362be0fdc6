/**
 * The kinds of input template (`antq mau --loai`, the web app's downloads): which sheets each one holds.
 */
import * as z from "zod";
import { ACTIVITY_SHEETS } from "./cycle/activity-sheets.js";
import { AWARD_PROPOSAL_SHEET } from "./cycle/award-sheets.js";
import { MODEL_SHEETS } from "./cycle/model.js";
import { PLAN_SHEETS } from "./cycle/plan.js";
import { TEAM_MEMBER_SHEET, TEAM_SHEET } from "./cycle/team-sheets.js";
import { TYPICAL_SHEET } from "./cycle/typical.js";
import { SCORE_SHEET } from "./scores.js";
import {
  ALL_SHEETS,
  COMBINED_SHEET,
  FACT_LIST_SHEETS,
  FACTS_SHEET,
  type SheetSpec,
  UNIT_SHEETS,
} from "./specs.js";

/**
 * The template kinds, as `antq mau --loai` names them: every sheet (`tat-ca`), one unit kind's sheet, the
 * annual facts, the flat sheet for very large CSV files, the score sheet and the sheets of the yearly cycle.
 *
 * @example
 * TEMPLATE_KINDS.includes("khu-dan-cu"); //=> true
 * TEMPLATE_KINDS[0]; //=> "tat-ca"
 */
export const TEMPLATE_KINDS = [
  "tat-ca",
  ...UNIT_SHEETS.map((s) => s.id),
  "du-kien",
  "don-vi-va-du-kien",
  "bang-diem",
  "ke-hoach",
  "dang-ky-dien-hinh",
  "mo-hinh",
  "to-bao-ve",
  "de-nghi-khen-thuong",
  "hoat-dong",
] as const;

/**
 * What each template kind holds, in Vietnamese, for the lists front-ends show (`antq mau --help`, a download
 * menu).
 *
 * @example
 * TEMPLATE_KIND_LABELS["to-bao-ve"]; //=> "Tổ bảo vệ ANTT và thành viên"
 * TEMPLATE_KINDS.every((kind) => TEMPLATE_KIND_LABELS[kind] !== undefined); //=> true
 */
export const TEMPLATE_KIND_LABELS: Readonly<Record<string, string>> = {
  "tat-ca": "mọi trang tính, trừ bảng phẳng",
  ...Object.fromEntries(UNIT_SHEETS.map((s) => [s.id, s.sheetName.toLowerCase()])),
  "du-kien": "dữ kiện năm và các danh sách chi tiết",
  "don-vi-va-du-kien": "bảng phẳng cho CSV rất lớn",
  "bang-diem": "bảng chấm điểm phân loại phong trào",
  "ke-hoach": "kế hoạch, chỉ tiêu và đăng ký điển hình",
  "dang-ky-dien-hinh": "đăng ký, lựa chọn điển hình",
  "mo-hinh": "mô hình, điểm áp dụng và đánh giá, xếp loại",
  "to-bao-ve": "Tổ bảo vệ ANTT và thành viên",
  "de-nghi-khen-thuong": "danh sách đề nghị khen thưởng",
  "hoat-dong": "các hoạt động của phong trào",
};

/**
 * The sheets of a template kind (see {@link TEMPLATE_KINDS}); empty for a kind antq does not know. `tat-ca` is
 * every sheet but the flat one; the score sheet is given as a facts-like sheet with no fixed kind.
 *
 * @example
 * templateSheets("to-bao-ve").map((s) => s.sheetName); //=> [TEAM_SHEET.sheetName, TEAM_MEMBER_SHEET.sheetName]
 * templateSheets("don-vi-va-du-kien"); //=> [COMBINED_SHEET]
 * templateSheets("tat-ca").includes(COMBINED_SHEET); //=> false
 * templateSheets("khong-co"); //=> []
 */
export const templateSheets = (kind: string): readonly SheetSpec[] => {
  if (kind === "tat-ca") return ALL_SHEETS.filter((s) => s !== COMBINED_SHEET);
  if (kind === "don-vi-va-du-kien") return [COMBINED_SHEET];
  if (kind === "bang-diem") return [{ ...SCORE_SHEET, target: "facts", fixed: {} }];
  if (kind === "du-kien") return [FACTS_SHEET, ...FACT_LIST_SHEETS];
  if (kind === "ke-hoach") return [...PLAN_SHEETS, TYPICAL_SHEET];
  if (kind === "dang-ky-dien-hinh") return [TYPICAL_SHEET];
  if (kind === "mo-hinh") return MODEL_SHEETS;
  if (kind === "to-bao-ve") return [TEAM_SHEET, TEAM_MEMBER_SHEET];
  if (kind === "de-nghi-khen-thuong") return [AWARD_PROPOSAL_SHEET];
  if (kind === "hoat-dong") return ACTIVITY_SHEETS;
  return UNIT_SHEETS.filter((s) => s.id === kind);
};

/**
 * The format tag of {@link TemplateDocumentSchema}.
 *
 * @example
 * TEMPLATE_FORMAT; //=> "antq.template/1"
 */
export const TEMPLATE_FORMAT = "antq.template/1";

/**
 * `antq.template/1`: the input templates `antq mau --json` wrote: the file format, the template kind, the files
 * and each sheet with its column headers.
 *
 * @example
 * const doc = templateWritten("xlsx", "khu-dan-cu", templateSheets("khu-dan-cu"), ["mau-kdc.xlsx"]).json;
 * TemplateDocumentSchema.safeParse(doc).success; //=> true
 * TemplateDocumentSchema.safeParse({ ...doc, fileFormat: "docx" }).success; //=> false
 */
export const TemplateDocumentSchema = z
  .object({
    format: z.literal(TEMPLATE_FORMAT).meta({ title: "Định dạng" }),
    fileFormat: z.enum(["xlsx", "csv", "json"]).meta({ title: "Định dạng tệp mẫu (xlsx, csv, json)" }),
    kind: z.enum(TEMPLATE_KINDS).meta({ title: "Loại mẫu (mã của loại, ví dụ tat-ca, to-bao-ve)" }),
    files: z.array(z.string()).meta({ title: "Các tệp đã ghi" }),
    sheets: z
      .array(
        z
          .object({
            id: z.string().meta({ title: "Mã trang tính (loại dữ liệu)" }),
            sheet: z.string().meta({ title: "Tên trang tính" }),
            columns: z.array(z.string()).meta({ title: "Tiêu đề các cột" }),
          })
          .meta({ title: "Một trang tính của mẫu" }),
      )
      .meta({ title: "Các trang tính" }),
  })
  .meta({ title: "Mẫu nhập liệu đã tạo (antq.template/1)" });

/**
 * An `antq.template/1` document.
 *
 * @example
 * const doc: TemplateDocument = templateWritten("csv", "du-kien", templateSheets("du-kien"), ["mau/du-kien.csv"]).json;
 * [doc.format, doc.fileFormat, doc.kind]; //=> ["antq.template/1", "csv", "du-kien"]
 */
export type TemplateDocument = z.infer<typeof TemplateDocumentSchema>;

/**
 * What `antq mau` says of the templates it wrote: as JSON (`--json`, the `antq.template/1` document, each sheet
 * with its column headers) and as Vietnamese lines (the format, each sheet's column count, the files).
 *
 * @example
 * ```ts
 * const written = templateWritten("xlsx", "khu-dan-cu", templateSheets("khu-dan-cu"), ["mau-kdc.xlsx"]);
 * written.json.sheets.map((s) => s.id); //=> ["khu-dan-cu"]
 * written.lines[0]; //=> "Đã tạo mẫu nhập liệu (XLSX), gồm 1 trang tính:"
 * written.lines.at(-1); //=> "Tệp: mau-kdc.xlsx"
 * ```
 */
export const templateWritten = (
  fileFormat: TemplateDocument["fileFormat"],
  kind: TemplateDocument["kind"],
  specs: readonly SheetSpec[],
  files: readonly string[],
): { readonly json: TemplateDocument; readonly lines: string[] } => ({
  json: {
    format: TEMPLATE_FORMAT,
    fileFormat,
    kind,
    files: [...files],
    sheets: specs.map((s) => ({ id: s.id, sheet: s.sheetName, columns: s.columns.map((c) => c.header) })),
  },
  lines: [
    `Đã tạo mẫu nhập liệu (${fileFormat.toUpperCase()}), gồm ${specs.length} trang tính:`,
    ...specs.map((s) => `  • ${s.sheetName}: ${s.columns.length} cột`),
    ...files.map((f) => `Tệp: ${f}`),
  ],
});
