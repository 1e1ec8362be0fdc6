/**
 * `antq.report-files/1`, what `antq bao-cao --json` prints: its published JSON Schema is up to date, and the
 * document of the seed province's sơ kết (5 năm Chỉ thị 07, Bình An) parses with its real figures.
 */
import { describeSchemaFiles } from "@antq/test-support";
import { describe, expect, it } from "vitest";
import {
  composeReport,
  ReportFilesDocumentSchema,
  reportDigest,
  reportFiles,
  reportFilesDocument,
} from "../src/index.js";
import { meta, records } from "./fixtures/seed-province.js";

describeSchemaFiles({
  root: new URL("../", import.meta.url),
  name: "report",
  files: [
    { file: "report-files.schema.json", schema: ReportFilesDocumentSchema, tag: "antq.report-files/1" },
  ],
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
