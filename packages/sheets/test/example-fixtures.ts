/**
 * The names the TSDoc examples of @antq/sheets use, bound to realistic data: one commune of a generated province
 * (seed 138, 2024: its communes, residential areas, agencies and their annual facts), the Thông tư 124 rule set
 * compiled for 2024, the commune as a flat CSV (`flatCsv`), the first residential area with its facts and explained result (`unit`, `facts`, `result`,
 * `assessed`), every unit assessed (`assessedUnits`), its summary, the demo workbook's bytes, and two communes'
 * 2024 score sheets classified with the example configuration (`classifications`), An Giang's 2023 plan
 * (`plan`) and typical-unit registrations (`registrations`).
 */
import { readFileSync } from "node:fs";
import { PassThrough } from "node:stream";
import { createClassifier, EXAMPLE_PROVINCE_CONFIG, EXAMPLE_TYPICAL_RULE } from "@antq/criteria";
import { generateProvince } from "@antq/datagen";
import { parseTypicalRegistration } from "@antq/domain";
import { compile } from "@antq/rules";
import { securityOrderRuleSet } from "@antq/rules-antt";
import { Gzip, strToU8, zipSync } from "fflate";
import {
  type Assessed,
  flatHeaders,
  flatRow,
  ProvinceAssessment,
  pairInputs,
  readScoreJsonText,
  ScoreBuilder,
  Summary,
  toCsv,
} from "../src/index.js";
import { plan, scoreJson, unwrap } from "./cycle-fixtures.js";

/** The two sheets classified with the example province configuration (Thông tư 124 result "đạt"). */
function classifications() {
  const classifier = createClassifier(EXAMPLE_PROVINCE_CONFIG, "commune", 2024);
  if (!classifier.ok) throw new Error(classifier.issues.map((i) => i.message).join("; "));
  const builder = new ScoreBuilder();
  readScoreJsonText(builder, scoreJson(), "bang-diem-2024.json");
  const { records, issues } = builder.finish();
  if (issues.length > 0) throw new Error(issues.map((i) => i.message).join("; "));
  return records.map((r) => {
    const result = classifier.value.classify(r.sheet, { tt124: "dat" });
    if (!result.ok) throw new Error(result.issues.map((i) => i.message).join("; "));
    return result.value;
  });
}

/** Registrations of units for the typical-unit programme: four communes achieved in 2023, two chosen for 2024. */
const registrations = () =>
  [
    ...["Mỹ Hòa Hưng", "Vĩnh Thạnh Trung", "Bình Hòa", "Hòa Bình"].map((name, i) => ({
      id: `dk-2023-0${i + 1}`,
      planId: "kh-10-2023-an-giang",
      year: 2023,
      name: `Xã ${name}`,
      status: "achieved",
    })),
    { id: "dk-2024-01", year: 2024, name: "Xã Mỹ Thành", unitId: "C28261", status: "selected" },
    { id: "dk-2024-02", year: 2024, name: "Phường Đạo Thạnh", unitId: "C28270", status: "registered" },
  ].map((r) => unwrap(parseTypicalRegistration({ programme: "typical-unit", subject: "commune", ...r })));

export function exampleFixtures(): Record<string, unknown> {
  const province = generateProvince({ seed: 138, year: 2024, communes: 1 });
  const compiled = compile(securityOrderRuleSet, { year: 2024 });
  const factsOf = new Map(province.facts.map((f) => [f.unitId, f]));
  // Assessed as `antq danh-gia` does: paired with the facts of 2024, the commune with its roll-up, explained.
  const { inputs, noFacts } = pairInputs(
    province.units.map((unit) => ({ unit, source: { file: "du-lieu.json" } })),
    province.facts.map((facts) => ({ facts, source: { file: "du-lieu.json" } })),
    2024,
  );
  const assessedUnits: Assessed[] = [...new ProvinceAssessment(compiled, inputs, noFacts).explained()];
  const assessed = assessedUnits.find((a) => a.unit.kind === "residential-area") as Assessed;
  const summary = Summary.of(assessedUnits);
  // The commune as the flat "Đơn vị và dữ kiện" CSV (one row per unit with its facts), as `danh-gia` streams it.
  const flatCsv = toCsv(
    flatHeaders(),
    province.units.map((u) => flatRow(u, factsOf.get(u.id) ?? { unitId: u.id, year: 2024 })),
  );
  const demoWorkbook = new Uint8Array(readFileSync(new URL("./fixtures/demo-2024.xlsx", import.meta.url)));
  return {
    province,
    compiled,
    assessedUnits,
    assessed,
    unit: assessed.unit,
    facts: assessed.facts,
    result: assessed.result,
    summary,
    demoWorkbook,
    flatCsv,
    scoreJson: scoreJson(),
    classifications: classifications(),
    EXAMPLE_PROVINCE_CONFIG,
    plan: plan(),
    registrations: registrations(),
    EXAMPLE_TYPICAL_RULE,
    // Names the xlsx examples use: a Node writable stream (browsers pass their own), and fflate to zip by hand.
    PassThrough,
    zipSync,
    Gzip,
    strToU8,
    // The README's browser snippets: `fetch` answers with the flat CSV, `input` is an <input type="file">.
    fetch: async () => new Response(flatCsv),
    input: { files: [new File([demoWorkbook], "Dữ liệu 2024.xlsx")] },
  };
}
