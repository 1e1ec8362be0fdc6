/**
 * `antq demo`: generates a seeded sample province with @antq/datagen and runs the whole flow —
 * template-shaped input workbook → kiểm tra → đánh giá → summary — writing every file to a folder.
 */
import { join, resolve } from "node:path";
import { generateProvince, generateUnits } from "@antq/datagen";
import {
  assessmentFiles,
  demoCommunesProblem,
  demoDocument,
  demoFlatCsvDocument,
  demoFlatCsvText,
  demoLines,
  flatHeaders,
  flatRow,
} from "@antq/sheets";
import { Command } from "effect/cli";
import * as Effect from "effect/Effect";
import * as Option from "effect/Option";
import { InvalidInputError } from "../errors.js";
import { invocation } from "../invocation.js";
import { atomicWrite, atomicWriteFile } from "../io/atomic-write.js";
import { createCsvFileWriter } from "../io/csv.js";
import { createProgress } from "../io/progress.js";
import { runAssessment } from "./assess.js";
import { intFlag, textFlag } from "./define.js";
import { jsonFlag, printJson, printText } from "./shared.js";

/** Writes `rows` generated units of the seed's province (15 a commune) as the flat CSV `target`. */
const writeFlatCsv = (target: string, rows: number, seed: number, year: number, quiet: boolean) =>
  Effect.gen(function* () {
    const progress = createProgress({ label: "Đang sinh dữ liệu", total: rows, quiet });
    yield* atomicWrite(target, async (temporary) => {
      const writer = createCsvFileWriter(temporary, flatHeaders());
      const generated = generateUnits({ seed, year, communes: Math.max(1, Math.ceil(rows / 15)) });
      let n = 0;
      for (const { unit, facts } of generated) {
        if (n++ >= rows) break;
        await writer.write(flatRow(unit, facts));
        progress.tick();
      }
      await writer.close();
    });
    progress.done();
  });

export const demoCommand = Command.make(
  "demo",
  {
    out: textFlag("ra", "Thư mục ghi dữ liệu mẫu và kết quả (mặc định ./antq-demo)", "o"),
    seed: intFlag("hat-giong", "Hạt giống sinh dữ liệu: cùng hạt giống luôn cho cùng dữ liệu (mặc định 138)"),
    year: intFlag("nam", "Năm đánh giá của dữ liệu mẫu (mặc định 2024)"),
    communes: intFlag("so-xa", "Số xã, phường, đặc khu của tỉnh mẫu (mặc định 12)"),
    flatRows: intFlag(
      "csv-phang",
      "Chỉ sinh một tệp CSV dạng bảng phẳng (don-vi-va-du-kien.csv) có số đơn vị này, dùng để thử dữ liệu rất lớn",
    ),
    json: jsonFlag,
  },
  ({ out, seed: seedFlag, year: yearFlag, communes: communesFlag, flatRows, json }) =>
    Effect.gen(function* () {
      const folder = resolve(Option.getOrElse(out, () => "antq-demo"));
      const seed = Option.getOrElse(seedFlag, () => 138);
      const year = Option.getOrElse(yearFlag, () => 2024);
      if (Option.isSome(flatRows)) {
        const target = join(folder, "don-vi-va-du-kien.csv");
        yield* writeFlatCsv(target, flatRows.value, seed, year, json);
        return yield* json
          ? printJson(demoFlatCsvDocument(target, flatRows.value))
          : printText(demoFlatCsvText(invocation(), target, flatRows.value, year));
      }
      const communes = Option.getOrUndefined(communesFlag);
      const problem = demoCommunesProblem(communes);
      if (problem) return yield* new InvalidInputError({ message: problem });
      const province = generateProvince({ seed, year, ...(communes !== undefined ? { communes } : {}) });
      const { units, facts } = province;
      const inputFiles: [string, string] = [
        join(folder, "du-lieu-mau.xlsx"),
        join(folder, "du-lieu-mau.json"),
      ];
      const { writeWorkbook } = yield* Effect.promise(() => import("../io/xlsx.js"));
      yield* writeWorkbook(inputFiles[0], (x) => x.buildDataWorkbook(units, facts));
      const sample = { schemaVersion: 1, units, annualFacts: facts };
      yield* atomicWriteFile(inputFiles[1], `${JSON.stringify(sample, null, 2)}\n`);

      const { run, document } = yield* runAssessment({
        files: [inputFiles[0]],
        year,
        rules: { provinces: [], readings: {} },
        outputs: (y) => assessmentFiles(y, join(folder, `ket-qua-danh-gia-${y}.xlsx`)),
        quiet: json,
      });
      const { written: resultFiles } = run;
      const about = { province: province.province.name, seed };
      if (json) {
        const { dataset } = run;
        return yield* printJson(
          demoDocument({ folder, ...about, dataset, inputFiles, resultFiles, summary: document.summary }),
        );
      }
      const failing = [...(run.assessment?.outcomes() ?? [])].find((a) => a.result.outcome === "chua_dat");
      const counts = { units: units.length, facts: facts.length, firstFailing: failing?.unit };
      const shown = { ...run, ...about, ...counts, inputFiles, resultFiles, invocation: invocation() };
      yield* printText(demoLines(shown).join("\n"));
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
