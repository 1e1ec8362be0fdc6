/**
 * The result workbook of an assessment written in memory (`assessmentWorkbookBytes`, the browser path) is the
 * streamed one (`writeAssessmentWorkbook`, the CLI's): the same sheets, cells, merged cells, column widths and
 * print setup, on a generated commune of Tiền Giang assessed as `antq danh-gia` does. One difference, in the
 * in-memory workbook's favour: exceljs' streaming writer does not write `<printOptions>`, so the page centring
 * that `addPrintableSheet` asks for (`horizontalCentered`) is only in the in-memory workbook.
 */
import { PassThrough } from "node:stream";
import { generateProvince } from "@antq/datagen";
import { compile } from "@antq/rules";
import { securityOrderRuleSet } from "@antq/rules-antt";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { ProvinceAssessment, pairInputs, ruleLabels, ruleSetLines, Summary } from "../src/index.js";
import { assessmentWorkbookBytes, writeAssessmentWorkbook } from "../src/xlsx/index.js";

const options = () => {
  const province = generateProvince({ seed: 124, year: 2024, communes: 2 });
  const compiled = compile(securityOrderRuleSet, { year: 2024 });
  const { inputs, noFacts } = pairInputs(
    province.units.map((unit) => ({ unit, source: { file: "du-lieu.json" } })),
    province.facts.map((facts) => ({ facts, source: { file: "du-lieu.json" } })),
    2024,
  );
  const assessment = new ProvinceAssessment(compiled, inputs, noFacts);
  const summary = new Summary();
  for (const a of assessment.outcomes()) summary.add(a.unit, a.result);
  return { year: 2024, info: ruleSetLines(compiled, {}), summary, assessment, labels: ruleLabels(compiled) };
};

/** What a sheet looks like, without the writer's bookkeeping: cell values, merges, columns, print setup. */
const layout = (bytes: Uint8Array) => {
  const files = unzipSync(bytes);
  const workbook = strFromU8(files["xl/workbook.xml"] as Uint8Array);
  const sheets = [...workbook.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
  const shared = files["xl/sharedStrings.xml"]
    ? [...strFromU8(files["xl/sharedStrings.xml"] as Uint8Array).matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map(
        (m) => m[1],
      )
    : [];
  const parts = Object.keys(files)
    .filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))
    .sort((a, b) => Number(a.match(/\d+/)?.[0]) - Number(b.match(/\d+/)?.[0]));
  return {
    sheets,
    parts: parts.map((name) => {
      const xml = strFromU8(files[name] as Uint8Array);
      const cells = [...xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>(.*?)<\/c>)/g)].map(
        ([, ref, attrs, inner]) => {
          const v = /<v>([^<]*)<\/v>/.exec(inner ?? "")?.[1];
          const text = /<t[^>]*>([^<]*)<\/t>/.exec(inner ?? "")?.[1];
          return [ref, /t="s"/.test(attrs ?? "") ? shared[Number(v)] : (text ?? v ?? null)];
        },
      );
      const tag = (name: string) => xml.match(new RegExp(`<${name}\\b[^>]*>`, "g")) ?? [];
      return {
        cells,
        merges: tag("mergeCell"),
        cols: tag("col"),
        pageSetup: tag("pageSetup"),
        margins: tag("pageMargins"),
        printOptions: tag("printOptions"),
        headerFooter: /<headerFooter[\s\S]*?<\/headerFooter>/.exec(xml)?.[0],
      };
    }),
  };
};

describe("assessmentWorkbookBytes", () => {
  it("builds in memory the workbook the streaming writer writes", async () => {
    const chunks: Uint8Array[] = [];
    const output = new PassThrough().on("data", (c: Uint8Array) => void chunks.push(c));
    await writeAssessmentWorkbook(output, options());
    const streamed = layout(new Uint8Array(Buffer.concat(chunks)));
    const memory = layout(await assessmentWorkbookBytes(options()));
    expect(memory.sheets).toEqual(streamed.sheets);
    expect(memory.sheets[0]).toBe("Tổng hợp");
    expect(memory.sheets.length).toBeGreaterThan(3);
    expect(memory.parts.length).toBe(streamed.parts.length);
    memory.parts.forEach((part, i) => {
      const other = streamed.parts[i];
      expect(part.cells).toEqual(other?.cells);
      expect(part.merges).toEqual(other?.merges);
      expect(part.pageSetup).toEqual(other?.pageSetup);
      expect(part.margins).toEqual(other?.margins);
      expect(other?.printOptions).toEqual([]);
      expect(part.printOptions).toEqual(['<printOptions horizontalCentered="1"/>']);
      expect(part.headerFooter).toEqual(other?.headerFooter);
      expect(part.cols.length).toBe(other?.cols.length);
    });
    expect(memory.parts[0]?.pageSetup.length).toBe(1);
  });
});
