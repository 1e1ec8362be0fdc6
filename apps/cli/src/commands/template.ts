/**
 * `antq mau` / `template`: writes input templates (.xlsx, CSV or JSON Schema).
 */
import { join } from "node:path";
import {
  buildCsvTemplate,
  buildJsonTemplate,
  TEMPLATE_KIND_LABELS,
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
    `Loại mẫu (mặc định tat-ca): ${TEMPLATE_KINDS.map((k) => `${k} (${TEMPLATE_KIND_LABELS[k]})`).join(", ")}`,
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
