/**
 * `antq.report-files/1`, what `antq bao-cao --json` prints: its published JSON Schema is up to date, and the
 * document of the seed province's sơ kết (5 năm Chỉ thị 07, Bình An) parses with its real figures.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  composeReport,
  ReportFilesDocumentSchema,
  reportDigest,
  reportFiles,
  reportFilesDocument,
} from "../src/index.js";
import { meta, records } from "./fixtures/seed-province.js";

const FILE = "report-files.schema.json";

describe("published JSON Schema", () => {
  it(`schemas/${FILE} is up to date (UPDATE_SCHEMAS=1 rewrites it)`, () => {
    const path = fileURLToPath(new URL(`../schemas/${FILE}`, import.meta.url));
    const generated = `${JSON.stringify(
      { $id: `https://antq.vn/schemas/report/${FILE}`, ...z.toJSONSchema(ReportFilesDocumentSchema) },
      null,
      2,
    )}\n`;
    if (process.env.UPDATE_SCHEMAS === "1") writeFileSync(path, generated);
    let current = "";
    try {
      current = readFileSync(path, "utf8");
    } catch {
      current = "";
    }
    expect(current, `schemas/${FILE} is stale: run UPDATE_SCHEMAS=1 npx vitest run`).toBe(generated);
    expect(current).toContain('"const": "antq.report-files/1"');
    expect(current).toContain('"title": "Trích yếu"');
  });

  it("is in package.json's exports and files", () => {
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
      exports: Record<string, unknown>;
      files: string[];
    };
    expect(pkg.exports[`./schemas/${FILE}`]).toBe(`./schemas/${FILE}`);
    expect(pkg.files).toContain("schemas");
  });
});

describe("antq.report-files/1", () => {
  const { kind: _kind, topic: _topic, ...inputMeta } = meta;

  it("carries the files, the trích yếu and every figure as numbers", () => {
    const r = composeReport(
      { meta: inputMeta, records },
      { kind: "so-ket", topic: "chi-thi-07", fromYear: 2014, toYear: 2019 },
    );
    const files = reportFiles("so-ket-2014-2019.docx");
    if (!r.ok || !files.ok) throw new Error("fixture");
    const digest = reportDigest(r.value);
    const doc = ReportFilesDocumentSchema.parse(reportFilesDocument(digest, files.value));
    expect(doc.format).toBe("antq.report-files/1");
    expect([doc.report, doc.annex]).toEqual(["so-ket-2014-2019.docx", "so-ket-2014-2019-phu-luc.xlsx"]);
    expect(doc.summary).toMatch(/^Sơ kết 5 năm \(2014 - 2019\) thực hiện Chỉ thị số 07\/CT-BCA-V28/);
    expect(doc.figures.length).toBe(r.value.figures.length);
    expect(doc.figures.length).toBeGreaterThan(0);
    expect(doc.figures.every((f) => typeof f.value === "number")).toBe(true);
    expect([doc.charts, doc.placeholders]).toEqual([digest.charts, digest.placeholders]);
    expect(ReportFilesDocumentSchema.safeParse({ ...doc, schemaVersion: 1, format: undefined }).success).toBe(
      false,
    );
  });
});
