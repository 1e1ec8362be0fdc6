/**
 * `antq mau` / `template`: writes input templates (.xlsx, CSV or JSON Schema).
 */
import { join } from "node:path";
import {
  ACTIVITY_SHEETS,
  ALL_SHEETS,
  AWARD_PROPOSAL_SHEET,
  buildCsvTemplate,
  buildJsonTemplate,
  COMBINED_SHEET,
  FACT_LIST_SHEETS,
  FACTS_SHEET,
  MODEL_SHEETS,
  PLAN_SHEETS,
  SCORE_SHEET,
  type SheetSpec,
  TEAM_MEMBER_SHEET,
  TEAM_SHEET,
  TYPICAL_SHEET,
  UNIT_SHEETS,
} from "@antq/sheets";
import { buildTemplateWorkbook } from "@antq/sheets/xlsx";
import { Effect } from "effect";
import { Command, Flag } from "effect/cli";
import { InvalidInputError } from "../errors.js";
import { atomicWriteFile } from "../io/atomic-write.js";
import { writeWorkbook } from "../io/xlsx.js";
import { jsonFlag, printJson, printText } from "./shared.js";

const KINDS = [
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

/** The sheets a `--loai` value selects. */
export const sheetsForKind = (kind: string): readonly SheetSpec[] => {
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

const kindFlag = Flag.Literals("loai", KINDS).pipe(
  Flag.withDescription(
    "Loại mẫu: tat-ca (mặc định), khu-dan-cu, xa, co-quan, doanh-nghiep, co-so-giao-duc, to-chuc-khac, du-kien (dữ kiện năm), don-vi-va-du-kien (bảng phẳng cho CSV rất lớn), bang-diem (bảng chấm điểm phân loại phong trào), ke-hoach (kế hoạch, chỉ tiêu và đăng ký điển hình), dang-ky-dien-hinh (đăng ký, lựa chọn điển hình), mo-hinh (mô hình, điểm áp dụng và đánh giá, xếp loại), to-bao-ve (Tổ bảo vệ ANTT và thành viên), de-nghi-khen-thuong (danh sách đề nghị khen thưởng), hoat-dong (các hoạt động của phong trào)",
  ),
  Flag.withDefault("tat-ca" as const),
);

const formatFlag = Flag.Literals("dinh-dang", ["xlsx", "csv", "json"] as const).pipe(
  Flag.withDescription("Định dạng: xlsx (mặc định), csv (mỗi trang tính một tệp) hoặc json (JSON Schema)"),
  Flag.withDefault("xlsx" as const),
);

const outFlag = Flag.String("ra").pipe(
  Flag.withAlias("o"),
  Flag.withDescription(
    "Tệp kết quả (xlsx, json) hoặc thư mục (csv); mặc định mau-antq.xlsx / mau-antq-csv / mau-antq.schema.json",
  ),
  Flag.optional,
);

export const templateCommand = Command.make(
  "mau",
  { kind: kindFlag, format: formatFlag, out: outFlag, json: jsonFlag },
  ({ kind, format, out, json }) =>
    Effect.gen(function* () {
      const specs = sheetsForKind(kind);
      if (specs.length === 0)
        return yield* new InvalidInputError({ message: `Không có mẫu cho loại "${kind}".` });
      const written: string[] = [];
      if (format === "xlsx") {
        const target = out._tag === "Some" ? out.value : "mau-antq.xlsx";
        yield* writeWorkbook(buildTemplateWorkbook(specs), target);
        written.push(target);
      } else if (format === "csv") {
        const folder = out._tag === "Some" ? out.value : "mau-antq-csv";
        for (const spec of specs) {
          const target = join(folder, `${spec.id}.csv`);
          yield* atomicWriteFile(target, buildCsvTemplate(spec));
          written.push(target);
        }
      } else {
        const target = out._tag === "Some" ? out.value : "mau-antq.schema.json";
        yield* atomicWriteFile(target, `${JSON.stringify(buildJsonTemplate(), null, 2)}\n`);
        written.push(target);
      }
      if (json) {
        return yield* printJson({
          format,
          kind,
          files: written,
          sheets: specs.map((s) => ({
            id: s.id,
            sheet: s.sheetName,
            columns: s.columns.map((c) => c.header),
          })),
        });
      }
      yield* printText(
        [
          `Đã tạo mẫu nhập liệu (${format.toUpperCase()}), gồm ${specs.length} trang tính:`,
          ...specs.map((s) => `  • ${s.sheetName}: ${s.columns.length} cột`),
          ...written.map((f) => `Tệp: ${f}`),
        ].join("\n"),
      );
    }),
).pipe(
  Command.withAlias("template"),
  Command.withDescription("Tạo mẫu nhập liệu (Excel, CSV hoặc JSON) cho từng loại đơn vị và dữ kiện năm"),
  Command.withExamples([
    { command: "antq mau", description: "Mẫu Excel đầy đủ: mau-antq.xlsx" },
    { command: "antq mau --loai khu-dan-cu --ra mau-kdc.xlsx", description: "Chỉ mẫu khu dân cư" },
    { command: "antq mau --dinh-dang csv --ra mau-csv", description: "Mẫu CSV, mỗi trang tính một tệp" },
  ]),
);
