/**
 * `antq bao-cao --tu-kho` on the built binary: the seed province's years 2014–2019 imported with `antq nhap`,
 * each year's assessment results saved in the store (as an assessment run records them), then the sơ kết
 * written from the store must say what the one written from the file says.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { saveAssessmentRun } from "@antq/store";
import { openStore } from "@antq/store/node";
import { strFromU8, unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { antq, fixtures, newStore, tempDir } from "./helpers/run.js";

interface Input {
  meta: Record<string, unknown>;
  dataset: {
    adminUnits: unknown[];
    units: { id: string }[];
    models: { startDate: string; endDate?: string }[];
    activities: { period: { from?: string; to?: string } }[];
    awards: { date: string; year?: number }[];
  };
  outcomes: { unitId: string; year: number; safe: boolean; level?: string }[];
}
const input = JSON.parse(readFileSync(join(fixtures, "bao-cao/so-ket-chi-thi-07.json"), "utf8")) as Input;
const yearOf = (date: string | undefined) => (date === undefined ? undefined : Number(date.slice(0, 4)));

const paragraphs = (file: string): string[] => {
  const xml = strFromU8(unzipSync(readFileSync(file))["word/document.xml"] as Uint8Array);
  return (xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []).map((p) =>
    [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(""),
  );
};
const args = ["--loai", "so-ket", "--tu", "2014", "--den", "2019", "--chu-de", "chi-thi-07"];

describe("antq bao-cao --tu-kho", { timeout: 600_000 }, () => {
  const dir = tempDir();
  const kho = newStore(dir);
  beforeAll(async () => {
    for (let year = 2014; year <= 2019; year++) {
      const d = input.dataset;
      const dataset = {
        schemaVersion: 1,
        adminUnits: d.adminUnits,
        units: d.units,
        models: d.models.filter(
          (m) => (yearOf(m.startDate) ?? 0) <= year && (yearOf(m.endDate) ?? 9999) >= year,
        ),
        activities: d.activities.filter((a) => yearOf(a.period.to ?? a.period.from) === year),
        awards: d.awards.filter((a) => (a.year ?? yearOf(a.date)) === year),
      };
      const file = join(dir, `du-lieu-${year}.json`);
      writeFileSync(file, JSON.stringify(dataset));
      const r = antq(["nhap", file, "--nam", String(year), "--kho", kho]);
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
    }
    const store = await openStore(kho);
    try {
      for (let year = 2015; year <= 2019; year++)
        await saveAssessmentRun(store.driver, {
          year,
          createdBy: "can-bo-01",
          ruleSetHash: "sha256:e2e",
          versions: {},
          options: {},
          // The outcome codes `danh-gia --luu-kho` stores: a unit not đạt is "chua_dat" or, while a reading is
          // undecided, "can_xem_xet" (evaluated, not đạt: the report counts both the same).
          results: input.outcomes
            .filter((o) => o.year === year)
            .map((o, i) => ({
              unitId: o.unitId,
              overall: o.safe ? "dat" : i % 2 === 0 ? "chua_dat" : "can_xem_xet",
              criteria: o.level === undefined ? {} : { classification: o.level },
            })),
        });
    } finally {
      await store.close();
    }
  }, 900_000);

  it("writes the same report from the store as from the file", () => {
    const meta = join(dir, "van-ban.json");
    writeFileSync(meta, JSON.stringify({ schemaVersion: 1, meta: input.meta }));
    const fromStore = join(dir, "tu-kho.docx");
    const r = antq(["bao-cao", "--tu-kho", "--kho", kho, "--thong-tin", meta, ...args, "--ra", fromStore]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("BÁO CÁO: Sơ kết 5 năm (2014 - 2019) thực hiện Chỉ thị số 07/CT-BCA-V28");
    const fromFile = join(dir, "tu-tep.docx");
    const f = antq(["bao-cao", join(fixtures, "bao-cao/so-ket-chi-thi-07.json"), ...args, "--ra", fromFile]);
    expect(f.code).toBe(0);
    const text = paragraphs(fromStore);
    expect(text).toContain(
      "Trong 5 năm, toàn tỉnh có 1.454/1.730 lượt cơ quan, doanh nghiệp, nhà trường đạt tiêu chuẩn “An toàn về ANTT”; xây dựng mới, củng cố 61 mô hình phong trào toàn dân bảo vệ ANTQ, trong đó có 12 mô hình thuộc cơ quan, doanh nghiệp, nhà trường; tổ chức 26 lớp bồi dưỡng nghiệp vụ bảo vệ cho 1.502 lượt bảo vệ trong các cơ quan, doanh nghiệp, trường học.",
    );
    expect(text).toEqual(paragraphs(fromFile));
  });

  it("leaves dotted blanks for the officer without a meta file", () => {
    const out = join(dir, "trong.docx");
    const r = antq(["bao-cao", "--tu-kho", "--kho", kho, ...args, "--ra", out]);
    expect(r.code).toBe(0);
    expect(paragraphs(out).join("\n")).toContain("……/BC-……");
  });

  it("says which years are missing, exits 2 and writes nothing", () => {
    const out = join(dir, "khong.docx");
    const r = antq(["bao-cao", "--tu-kho", "--kho", kho, "--tu", "2001", "--den", "2005", "--ra", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("chưa có dữ liệu năm nào từ 2001 đến 2005");
    // The import it suggests goes to the same store.
    expect(r.stderr).toContain(
      `chưa có dữ liệu năm nào từ 2001 đến 2005. Lệnh nhập: antq nhap <tệp> --nam <năm> --kho ${kho}.`,
    );
    expect(() => readFileSync(out)).toThrow();
  });

  it("refuses a file argument together with --tu-kho", () => {
    const r = antq(["bao-cao", "x.json", "--tu-kho", "--kho", kho, ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--thong-tin");
  });
});
