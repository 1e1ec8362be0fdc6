/**
 * `antq demo`: generates a seeded sample province with @antq/datagen and runs the whole flow —
 * template-shaped input workbook → kiểm tra → đánh giá → summary — writing every file to a folder.
 */

import { join, resolve } from "node:path";
import { generateProvince, generateUnits } from "@antq/datagen";
import { formatNumber } from "@antq/format-vi";
import { datasetCounts, demoLines, flatHeaders, flatRow } from "@antq/sheets";
import { buildDataWorkbook } from "@antq/sheets/xlsx";
import { Effect, Option } from "effect";
import { Command, Flag } from "effect/cli";
import { InvalidInputError } from "../errors.js";
import { invocation } from "../invocation.js";
import { atomicWrite, atomicWriteFile } from "../io/atomic-write.js";
import { createCsvFileWriter } from "../io/csv.js";
import { createProgress } from "../io/progress.js";
import { writeWorkbook } from "../io/xlsx.js";
import { readDataset } from "../sheets/read.js";
import { runAssessment } from "./assess.js";
import { jsonFlag, printJson, printText } from "./shared.js";

export const demoCommand = Command.make(
  "demo",
  {
    out: Flag.String("ra").pipe(
      Flag.withAlias("o"),
      Flag.withDescription("Thư mục ghi dữ liệu mẫu và kết quả (mặc định ./antq-demo)"),
      Flag.withDefault("antq-demo"),
    ),
    seed: Flag.Int("hat-giong").pipe(
      Flag.withDescription("Hạt giống sinh dữ liệu: cùng hạt giống luôn cho cùng dữ liệu (mặc định 138)"),
      Flag.withDefault(138),
    ),
    year: Flag.Int("nam").pipe(
      Flag.withDescription("Năm đánh giá của dữ liệu mẫu (mặc định 2024)"),
      Flag.withDefault(2024),
    ),
    communes: Flag.Int("so-xa").pipe(
      Flag.withDescription("Số xã, phường, đặc khu của tỉnh mẫu (mặc định 12)"),
      Flag.optional,
    ),
    flatRows: Flag.Int("csv-phang").pipe(
      Flag.withDescription(
        "Chỉ sinh một tệp CSV dạng bảng phẳng (don-vi-va-du-kien.csv) có số đơn vị này, dùng để thử dữ liệu rất lớn",
      ),
      Flag.optional,
    ),
    json: jsonFlag,
  },
  ({ out, seed, year, communes, flatRows, json }) =>
    Effect.gen(function* () {
      const folder = resolve(out);
      if (Option.isSome(flatRows)) {
        const target = join(folder, "don-vi-va-du-kien.csv");
        const wanted = flatRows.value;
        const progress = createProgress({ label: "Đang sinh dữ liệu", total: wanted, quiet: json });
        yield* atomicWrite(target, async (temporary) => {
          const writer = createCsvFileWriter(temporary, flatHeaders());
          let n = 0;
          for (const { unit, facts } of generateUnits({
            seed,
            year,
            communes: Math.max(1, Math.ceil(wanted / 15)),
          })) {
            if (n >= wanted) break;
            await writer.write(flatRow(unit, facts));
            n++;
            progress.tick();
          }
          await writer.close();
        });
        progress.done();
        return yield* json
          ? printJson({ tep: target, soDong: wanted })
          : printText(
              `Đã sinh ${formatNumber(wanted)} dòng: ${target}\nĐánh giá: ${invocation()} danh-gia ${target} --nam ${year}`,
            );
      }
      if (Option.isSome(communes) && (communes.value < 1 || communes.value > 500)) {
        return yield* new InvalidInputError({
          message:
            "--so-xa nhận từ 1 đến 500 xã (tệp Excel mẫu được dựng trong bộ nhớ); dữ liệu rất lớn hãy dùng --csv-phang <số đơn vị>.",
        });
      }
      const province = generateProvince({
        seed,
        year,
        ...(Option.isSome(communes) ? { communes: communes.value } : {}),
      });
      const input = join(folder, "du-lieu-mau.xlsx");
      const inputJson = join(folder, "du-lieu-mau.json");
      yield* writeWorkbook(buildDataWorkbook(province.units, province.facts), input);
      yield* atomicWriteFile(
        inputJson,
        `${JSON.stringify({ schemaVersion: 1, units: province.units, annualFacts: province.facts }, null, 2)}\n`,
      );

      const dataset = yield* readDataset([input]);
      const counts = datasetCounts(dataset);
      const { run, document } = yield* runAssessment({
        files: [input],
        year,
        rules: { provinces: [], readings: {} },
        outputs: (y) => ({
          xlsx: join(folder, `ket-qua-danh-gia-${y}.xlsx`),
          json: join(folder, `ket-qua-danh-gia-${y}.json`),
        }),
        quiet: json,
      });
      const firstFailing = run.assessment
        ? [...run.assessment.outcomes()].find((a) => a.result.outcome === "chua_dat")
        : undefined;
      if (json) {
        return yield* printJson({
          folder,
          province: province.province.name,
          seed,
          input: counts,
          inputFiles: [input, inputJson],
          resultFiles: [run.files.xlsx, run.files.json],
          summary: document.summary,
        });
      }
      const lines = demoLines({
        invocation: invocation(),
        province: province.province.name,
        year,
        seed,
        units: province.units.length,
        facts: province.facts.length,
        inputFiles: [input, inputJson],
        dataset,
        compiled: run.compiled,
        summary: run.summary,
        resultFiles: [run.files.xlsx, run.files.json],
        firstFailing: firstFailing?.unit,
      });
      yield* printText(lines.join("\n"));
    }),
).pipe(
  Command.withDescription(
    "Chạy thử toàn bộ quy trình trên một tỉnh mẫu sinh ngẫu nhiên có hạt giống: kiểm tra, đánh giá, tổng hợp",
  ),
  Command.withExamples([
    { command: "antq demo", description: "Ghi dữ liệu mẫu và kết quả vào ./antq-demo" },
    {
      command: "antq demo --hat-giong 7 --so-xa 30 --ra /tmp/tinh-mau",
      description: "Tỉnh mẫu lớn hơn, hạt giống khác",
    },
  ]),
);
