/**
 * The province's own configuration of the year's other work in the page (./src/province.ts), as the CLI takes
 * it: the classification package (`antq phan-loai --tinh`, built into the site), the award conditions file
 * (`antq khen-thuong --cau-hinh`) and the điển hình rule file (`antq dien-hinh --cau-hinh`). Each gives the
 * CLI's JSON on the same inputs and changes it from the example's; a bad file is refused at its field or line,
 * in Vietnamese, and changes nothing. The cycle sheets are matched by @antq/sheets as the CLI matches them.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { PLAN_SHEET, PLAN_SHEETS } from "@antq/sheets";
import { newWorkbook, workbookBytes } from "@antq/sheets/xlsx";
import { beforeAll, describe, expect, it } from "vitest";
import * as vinhLong from "../../../packages/rules-antt/examples/overlay-vinh-long/src/index.js";
import * as anGiang from "../../cli/test/fixtures/phan-loai-an-giang.mjs";
import { checkAwards } from "../src/awards.js";
import { classifyFile } from "../src/classification.js";
import { readCycleFiles } from "../src/cycle-files.js";
import { FileProblem } from "../src/engine.js";
import { ProvinceConfig, provincePackages } from "../src/province.js";
import { chooseTypical } from "../src/typical.js";
import { bytesOf, cliFixture, cliJsonAsync, HAU_GIANG_TYPICAL, hauGiangTypicalCli } from "./demo-data.js";

const repo = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));
const AWARDS = {
  proposals: repo("packages/rules-awards/fixtures/tien-giang-2024.json"),
  config: repo("packages/rules-awards/golden/vi-du-cau-hinh-tinh.json"),
};
const TYPICAL = HAU_GIANG_TYPICAL;
const SCORES = cliFixture("hop-le/bang-diem-2024.json");
const CLASSIFICATION_PACKAGE = cliFixture("phan-loai-an-giang.mjs");
/** A province's điển hình rule: "Khá" units too, without the "An toàn về ANTT" condition. */
const RULE = {
  label: "Điều kiện chọn điển hình của tỉnh Hậu Giang (thử nghiệm)",
  levels: ["xuat_sac", "kha"],
  requireTt124: false,
  kinds: ["commune", "residential-area", "agency", "enterprise", "education", "district"],
};

const named = (file: string) => ({ name: file.replace(/^.*\//, ""), bytes: bytesOf(file) });
const text = (file: string) => readFileSync(file, "utf8");

let dir: string;
let cli: { awards: Promise<unknown>; typical: Promise<unknown>; classification: Promise<unknown> };
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "antq-web-config-"));
  const rule = join(dir, "dien-hinh-tinh.json");
  writeFileSync(rule, JSON.stringify(RULE));
  const later = (p: Promise<unknown>) => {
    p.catch(() => {});
    return p;
  };
  const out = (name: string) => ["--ra", join(dir, name)];
  cli = {
    awards: later(
      cliJsonAsync(["khen-thuong", AWARDS.proposals, "--cau-hinh", AWARDS.config, "--json"], dir),
    ),
    typical: later(hauGiangTypicalCli(dir, "dh.xlsx", ["--cau-hinh", rule])),
    classification: later(
      cliJsonAsync(["phan-loai", SCORES, "--tinh", CLASSIFICATION_PACKAGE, "--json", ...out("pl.xlsx")], dir),
    ),
  };
});

describe("the province's award conditions (khen-thuong --cau-hinh)", () => {
  it("give antq khen-thuong --cau-hinh's document, not the national one", async () => {
    const province = new ProvinceConfig();
    expect(province.view().inForce.awards).toContain("chỉ văn bản quốc gia");
    const view = province.loadAwards("vi-du-cau-hinh-tinh.json", text(AWARDS.config));
    expect(view.awards?.file).toBe("vi-du-cau-hinh-tinh.json");
    expect(view.inForce.awards).toContain("“vi-du-cau-hinh-tinh.json”");
    const files = [named(AWARDS.proposals)];
    const configured = await checkAwards(files, province.awardOverlays);
    const national = await checkAwards(files);
    if (!configured.ok || !national.ok) throw new Error("refused");
    expect(configured.document.document).toEqual(await cli.awards);
    expect(configured.document.document).not.toEqual(national.document.document);
    expect(configured.document.configuration).toContain("Ví dụ");
    expect(province.clearAwards().awards).toBeUndefined();
  });

  it("refuses a file without a condition at its field, and broken JSON at its line", () => {
    const province = new ProvinceConfig();
    province.loadAwards("tinh.json", text(AWARDS.config));
    const missing = JSON.stringify({ province: "Tiền Giang", document: "25/2024/QĐ-UBND", conditions: {} });
    expect(() => province.loadAwards("thieu.json", missing)).toThrow(FileProblem);
    expect(() => province.loadAwards("thieu.json", missing)).toThrow(
      /Tệp cấu hình khen thưởng của tỉnh "thieu.json" không hợp lệ: .*conditions\.bang-khen\.tap-the/,
    );
    expect(() => province.loadAwards("hong.json", '{\n  "province": "X",\n}')).toThrow(
      /"hong.json" không phải JSON hợp lệ \(dòng 3, cột 1\)/,
    );
    // Nothing changed.
    expect(province.view().awards?.file).toBe("tinh.json");
  });
});

describe("the province's điển hình rule (dien-hinh --cau-hinh)", () => {
  it("gives antq dien-hinh --cau-hinh's document, not the example's", async () => {
    const province = new ProvinceConfig();
    expect(province.view().inForce.typical).toContain("ví dụ");
    province.loadTypical("dien-hinh-tinh.json", JSON.stringify(RULE));
    expect(province.view().inForce.typical).toContain(RULE.label);
    const files = TYPICAL.map(named);
    const configured = await chooseTypical(files, undefined, undefined, province.typicalRule);
    const example = await chooseTypical(files, undefined);
    if (!configured.ok || !example.ok) throw new Error("refused");
    expect(configured.document).toEqual(await cli.typical);
    expect(configured.document.rule.example).toBe(false);
    expect(configured.document.summary).not.toEqual(example.document.summary);
  });

  it("refuses an empty list of levels at its field, in Vietnamese", () => {
    const province = new ProvinceConfig();
    expect(() => province.loadTypical("sai.json", JSON.stringify({ ...RULE, levels: [] }))).toThrow(
      /Tệp điều kiện chọn điển hình của tỉnh "sai.json" không hợp lệ: .*trường levels: cần ít nhất một giá trị/,
    );
    expect(province.view().typical).toBeUndefined();
  });
});

describe("the province's classification package (phan-loai --tinh, built into the site)", () => {
  it("is told apart from a rule package and gives antq phan-loai --tinh's document", async () => {
    const packages = provincePackages([
      { specifier: CLASSIFICATION_PACKAGE, module: anGiang },
      { specifier: "vinh-long", module: vinhLong },
    ]);
    expect(packages.map((p) => [p.overlays.length, p.classificationOverlays.length])).toEqual([
      [0, 1],
      [1, 0],
    ]);
    const province = new ProvinceConfig(packages);
    expect(province.view().inForce.classification).toContain(
      "cấu hình của tỉnh — Thời hạn báo cáo phân loại phong trào của tỉnh An Giang",
    );
    expect(new ProvinceConfig().view().inForce.classification).toContain("cấu hình ví dụ");
    const report = await classifyFile(
      "bang-diem-2024.json",
      bytesOf(SCORES),
      new Map(),
      province.classification(),
    );
    expect(report.document).toEqual(await cli.classification);
    const example = await classifyFile("bang-diem-2024.json", bytesOf(SCORES), new Map());
    expect(example.document).not.toEqual(report.document);
  });
});

describe("cycle sheets matched as the CLI matches them (@antq/sheets)", () => {
  const workbook = async (names: readonly string[]) => {
    const book = newWorkbook();
    for (const name of names) book.addWorksheet(name).addRow(PLAN_SHEET.columns.map((c) => c.header));
    return { name: "ke-hoach.xlsx", bytes: await workbookBytes(book) };
  };

  it("takes a sheet named in another case or with spaces, and refuses a second sheet of one layout", async () => {
    const sheets = await readCycleFiles([await workbook([" kế hoạch "])], PLAN_SHEETS);
    expect([...sheets.keys()]).toEqual([PLAN_SHEET.sheetName]);
    await expect(readCycleFiles([await workbook(["Kế hoạch", "KẾ HOẠCH "])], PLAN_SHEETS)).rejects.toThrow(
      /Tệp "ke-hoach.xlsx": trang “KẾ HOẠCH ” cùng loại “Kế hoạch” với trang “Kế hoạch” của ke-hoach.xlsx; chỉ giữ một trang/,
    );
    await expect(readCycleFiles([await workbook(["Ghi chú"])], PLAN_SHEETS)).rejects.toThrow(
      /Tệp "ke-hoach.xlsx": không có trang tính nào của mẫu; cần một trong các trang "Kế hoạch" \(ke-hoach.csv\)/,
    );
  });
});
