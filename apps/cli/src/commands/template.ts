/**
 * `antq mau` / `template`: writes input templates (.xlsx, CSV or JSON Schema).
 */
import { join } from "node:path";
import {
  buildCsvTemplate,
  buildJsonTemplate,
  TEMPLATE_KINDS,
  templateSheets,
  templateWritten,
} from "@antq/sheets";
import { Command, Flag } from "effect/cli";
import * as Effect from "effect/Effect";
import * as Option from "effect/Option";
import { InvalidInputError } from "../errors.js";
import { atomicWriteFile } from "../io/atomic-write.js";
import { textFlag, withHelp } from "./define.js";
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

/** The default file (xlsx, json) or folder (csv) of each format. */
const DEFAULT_TARGET = { xlsx: "mau-antq.xlsx", csv: "mau-antq-csv", json: "mau-antq.schema.json" };

export const templateCommand = Command.make(
  "mau",
  {
    kind: kindFlag,
    format: formatFlag,
    out: textFlag(
      "ra",
      "Tệp kết quả (xlsx, json) hoặc thư mục (csv); mặc định mau-antq.xlsx / mau-antq-csv / mau-antq.schema.json",
      "o",
    ),
    json: jsonFlag,
  },
  ({ kind, format, out, json }) =>
    Effect.gen(function* () {
      const specs = templateSheets(kind);
      if (specs.length === 0)
        return yield* new InvalidInputError({ message: `Không có mẫu cho loại "${kind}".` });
      const target = Option.getOrElse(out, () => DEFAULT_TARGET[format]);
      const written = format === "csv" ? specs.map((spec) => join(target, `${spec.id}.csv`)) : [target];
      if (format === "xlsx") {
        const { writeWorkbook } = yield* Effect.promise(() => import("../io/xlsx.js"));
        yield* writeWorkbook(target, (x) => x.buildTemplateWorkbook(specs));
      } else if (format === "json")
        yield* atomicWriteFile(target, `${JSON.stringify(buildJsonTemplate(), null, 2)}\n`);
      else
        for (const [i, spec] of specs.entries())
          yield* atomicWriteFile(written[i] as string, buildCsvTemplate(spec));
      const shown = templateWritten(format, kind, specs, written);
      yield* json ? printJson(shown.json) : printText(shown.lines.join("\n"));
    }),
).pipe(
  withHelp({
    alias: "template",
    description: "Tạo mẫu nhập liệu (Excel, CSV hoặc JSON) cho từng loại đơn vị và dữ kiện năm",
    examples: [
      ["antq mau", "Mẫu Excel đầy đủ: mau-antq.xlsx"],
      ["antq mau --loai khu-dan-cu --ra mau-kdc.xlsx", "Chỉ mẫu khu dân cư"],
      ["antq mau --dinh-dang csv --ra mau-csv", "Mẫu CSV, mỗi trang tính một tệp"],
    ],
  }),
);
