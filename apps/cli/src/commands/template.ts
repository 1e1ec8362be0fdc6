/**
 * `antq mau` / `template`: writes input templates (.xlsx, CSV or JSON Schema).
 */
import { join } from "node:path";
import { buildCsvTemplate, buildJsonTemplate, TEMPLATE_KINDS, templateSheets } from "@antq/sheets";
import { buildTemplateWorkbook } from "@antq/sheets/xlsx";
import { Effect } from "effect";
import { Command, Flag } from "effect/cli";
import { InvalidInputError } from "../errors.js";
import { atomicWriteFile } from "../io/atomic-write.js";
import { writeWorkbook } from "../io/xlsx.js";
import { jsonFlag, printJson, printText } from "./shared.js";

const kindFlag = Flag.Literals("loai", TEMPLATE_KINDS).pipe(
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
      const specs = templateSheets(kind);
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
