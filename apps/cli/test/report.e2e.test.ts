import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ReportFilesDocumentSchema } from "@antq/report";
import { REVIEW_TOPIC_IDS, REVIEW_TOPICS } from "@antq/report/topics";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { antq, fixtures, tempDir } from "./helpers/run.js";

/** The seed province of @antq/report (sơ kết 5 năm Chỉ thị 07: 1.454/1.730 lượt, 61 mô hình, …). */
const input = join(fixtures, "bao-cao/so-ket-chi-thi-07.json");

const documentText = (file: string): string => {
  const xml = strFromU8(unzipSync(readFileSync(file))["word/document.xml"] as Uint8Array);
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
};

describe("antq bao-cao", () => {
  it("writes the sơ kết of Chỉ thị 07 as DOCX with its XLSX annexes", async () => {
    const dir = tempDir();
    const out = join(dir, "bao-cao.docx");
    const r = antq([
      "bao-cao",
      input,
      "--loai",
      "so-ket",
      "--tu",
      "2014",
      "--den",
      "2019",
      "--chu-de",
      "chi-thi-07",
      "--ra",
      out,
    ]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("BÁO CÁO: Sơ kết 5 năm (2014 - 2019) thực hiện Chỉ thị số 07/CT-BCA-V28");
    expect(r.stdout).toContain(`Đã ghi: ${out}, ${join(dir, "bao-cao-phu-luc.xlsx")}`);
    const text = documentText(out);
    expect(text).toContain(
      "Trong 5 năm, toàn tỉnh có 1.454/1.730 lượt cơ quan, doanh nghiệp, nhà trường đạt tiêu chuẩn “An toàn về ANTT”; xây dựng mới, củng cố 61 mô hình",
    );
    expect(text).toContain("Giám đốc Công an tỉnh trao tặng Giấy khen cho 14 tập thể và 12 cá nhân");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, "bao-cao-phu-luc.xlsx"));
    const pl1 = workbook.getWorksheet("PL1 Tổng hợp") as ExcelJS.Worksheet;
    let safe: unknown;
    pl1.eachRow((row) => {
      if (row.getCell(2).value === "safety:organisation:safe") safe = row.getCell(5).value;
    });
    expect(safe).toBe(1454);
  });

  it("prints the figures as JSON with --json", () => {
    const dir = tempDir();
    const r = antq([
      "bao-cao",
      input,
      "--tu",
      "2014",
      "--den",
      "2019",
      "--ra",
      join(dir, "b.docx"),
      "--json",
    ]);
    expect(r.code).toBe(0);
    const json = ReportFilesDocumentSchema.parse(JSON.parse(r.stdout));
    expect(json.format).toBe("antq.report-files/1");
    expect([json.report, json.annex]).toEqual([join(dir, "b.docx"), join(dir, "b-phu-luc.xlsx")]);
    expect(json.summary).toMatch(/^Sơ kết/);
    expect(json.figures.find((f) => f.id === "models:total")?.value).toBe(61);
    expect(json.charts).toBeGreaterThan(0);
  });

  it("names the bad record, exits non-zero and writes nothing", () => {
    const dir = tempDir();
    const broken = JSON.parse(readFileSync(input, "utf8")) as { outcomes: { unitId: string }[] };
    (broken.outcomes[7] as { unitId: string }).unitId = "dn-khong-co";
    const file = join(dir, "hong.json");
    writeFileSync(file, JSON.stringify(broken));
    const out = join(dir, "bao-cao.docx");
    const r = antq(["bao-cao", file, "--tu", "2014", "--den", "2019", "--ra", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      `Lỗi — ${file} [outcomes.7.unitId]: Kết quả đánh giá thứ 8 (năm 2015) ghi đơn vị “dn-khong-co” không có trong danh sách đơn vị.`,
    );
    expect(existsSync(out)).toBe(false);
    expect(existsSync(join(dir, "bao-cao-phu-luc.xlsx"))).toBe(false);
  });

  it("lists the topics of @antq/report as the choices of --chu-de, each with how reports name it", () => {
    const help = antq(["bao-cao", "--help"]);
    expect(help.code).toBe(0);
    const line = help.stdout.split("\n").find((l) => l.trimStart().startsWith("--chu-de")) ?? "";
    expect(line).toContain(`(lựa chọn: ${REVIEW_TOPIC_IDS.join(", ")})`);
    for (const topic of Object.values(REVIEW_TOPICS)) expect(line).toContain(topic.short);
    expect(line).toContain(
      "chi-thi-07 (Chỉ thị số 07), phong-trao (mặc định, phong trào toàn dân bảo vệ an ninh Tổ quốc)",
    );
  });

  it("refuses another topic when parsing, with exit 2 and the choices, writing nothing", () => {
    const dir = tempDir();
    const out = join(dir, "bao-cao.docx");
    const r = antq(
      ["bao-cao", input, "--tu", "2014", "--den", "2019", "--chu-de", "chi-thi-99", "--ra", out],
      { env: { ANTQ_LENH: "npx antq" } },
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      `Giá trị không hợp lệ cho --chu-de: "chi-thi-99"; cần một trong các giá trị ${REVIEW_TOPIC_IDS.map((id) => `"${id}"`).join(" | ")}`,
    );
    // The hint names the command as the officer started it (the launcher's ANTQ_LENH), so it can be pasted.
    expect(r.stderr).toContain("Xem hướng dẫn: npx antq bao-cao --help");
    expect(existsSync(out)).toBe(false);
  });
});
