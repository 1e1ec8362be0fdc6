/**
 * The province configuration of the page (./src/province.ts) in Node: the settings file as the CLI's
 * `--cau-hinh` reads it (its readings change the demo's results as the CLI's do, errors located in
 * Vietnamese), and a province rule package built into the site (the Vĩnh Long example overlay) in force in the
 * assessment and in "Tra cứu quy định", with what it changes and its legal basis.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { securityOrderRuleSet } from "@antq/rules-antt";
import { beforeAll, describe, expect, it } from "vitest";
import * as vinhLong from "../../../packages/rules-antt/examples/overlay-vinh-long/src/index.js";
import { FileProblem, rulesCatalogue, Session } from "../src/engine.js";
import { ProvinceConfig, provincePackages } from "../src/province.js";
import { bytesOf, cliJsonAsync, type Demo, makeDemo } from "./demo-data.js";

/** Every undecided option of the national rules decided with its first choice, as a province would. */
const decided = Object.fromEntries(
  securityOrderRuleSet.interpretations
    .filter((i) => i.default === null)
    .map((i) => [i.id, i.choices[0]?.id as string]),
);

let demo: Demo;
let cli: Promise<unknown>;
beforeAll(() => {
  demo = makeDemo();
  const settings = join(demo.dir, "tinh.json");
  writeFileSync(settings, JSON.stringify({ tinh: "Tỉnh mẫu", cachHieu: decided }, null, 2));
  cli = cliJsonAsync(["danh-gia", demo.xlsx, "--cau-hinh", settings, "--json"], demo.dir);
  cli.catch(() => {});
});

describe("province settings file", () => {
  it("changes the demo's results as antq danh-gia --cau-hinh does", async () => {
    expect(Object.keys(decided).length).toBeGreaterThan(0);
    const province = new ProvinceConfig();
    const view = province.load("tinh.json", JSON.stringify({ tinh: "Tỉnh mẫu", cachHieu: decided }));
    expect(view.province).toBe("Tỉnh mẫu");
    expect(view.readings.map((r) => r.id)).toEqual(Object.keys(decided));
    const session = new Session(province.overlays);
    await session.load("du-lieu-mau.xlsx", bytesOf(demo.xlsx));
    const national = session.assess(demo.expected.year);
    const configured = session.assess(demo.expected.year, { ...province.readings });
    const expected = (await cli) as { summary: unknown };
    expect(configured.summaryJson).toEqual(expected.summary);
    expect(configured.summaryJson).not.toEqual(national.summaryJson);
    expect(configured.total.canXemXet).toBeLessThan(national.total.canXemXet);
  });

  it("refuses a broken file at its line and column, an unknown field or choice at its field, and changes nothing", () => {
    const province = new ProvinceConfig();
    province.load("tinh.json", JSON.stringify({ cachHieu: decided }));
    expect(() => province.load("hong.json", '{\n  "cachHieu": {\n    "a": "b",\n  }\n}')).toThrow(
      /Tệp cấu hình tỉnh "hong.json" không hợp lệ: không phải JSON hợp lệ \(dòng 4, cột 3\)/,
    );
    expect(() => province.load("nam.json", '{"nam": 2024}')).toThrow(/trường không được hỗ trợ: nam/);
    const [option] = Object.keys(decided);
    expect(() =>
      province.load("sai.json", JSON.stringify({ cachHieu: { [option as string]: "khong-co" } })),
    ).toThrow(FileProblem);
    expect(() =>
      province.load("sai.json", JSON.stringify({ cachHieu: { [option as string]: "khong-co" } })),
    ).toThrow(/trường cachHieu: .*khong-co/);
    // The file loaded before stays in force.
    expect(province.view().file).toBe("tinh.json");
    expect(province.readings).toEqual(decided);
  });

  it("refuses a rule package the site was not built with, saying why and how", () => {
    const province = new ProvinceConfig();
    expect(() =>
      province.load("tinh.json", JSON.stringify({ goiQuyDinh: ["./goi-tinh-bac-ninh.mjs"] })),
    ).toThrow(
      /trường goiQuyDinh\[0\]: gói quy định “\.\/goi-tinh-bac-ninh\.mjs” không có sẵn trong bản web này \(bản này chỉ có quy định chung\).*ANTQ_GOI_TINH/,
    );
  });
});

describe("a province rule package built into the site (Vĩnh Long example)", () => {
  const packages = provincePackages([
    { specifier: "../../packages/rules-antt/examples/overlay-vinh-long/src/index.ts", module: vinhLong },
  ]);

  it("is in force in the assessment: its added criterion and its reading", async () => {
    const province = new ProvinceConfig(packages);
    expect(province.overlays.map((o) => o.id)).toEqual(["vinh-long-vi-du"]);
    const withPackage = new Session(province.overlays);
    const national = new Session();
    // The demo's year moved to 2025, when the example package is in force.
    const data = JSON.parse(readFileSync(join(demo.dir, "demo", "du-lieu-mau.json"), "utf8")) as {
      annualFacts: { year: number }[];
    };
    for (const f of data.annualFacts) f.year = 2025;
    const bytes = new TextEncoder().encode(JSON.stringify(data));
    for (const s of [withPackage, national]) await s.load("du-lieu-2025.json", bytes);
    const a = withPackage.assess(2025);
    const b = national.assess(2025);
    expect(a.info.join("\n")).toContain("@antq/rules-vinh-long-vi-du@0.1.0");
    expect(b.info.join("\n")).not.toContain("vinh-long");
    // The province's added commune criterion needs its own fact, which the demo lacks: "cần xem xét".
    const commune = withPackage.unitRows(0, a.unitCount).find((u) => u.kind === "commune");
    const added = withPackage
      .explain(commune?.index as number)
      .criteria.find((c) => c.id === "vinh-long.xa.khong_co_tu_diem_ma_tuy");
    expect(added?.outcome).toBe("can_xem_xet");
    expect(added?.reason).toContain("Chưa có số liệu tụ điểm ma tuý");
    expect(added?.citation).toContain("9999/2025/QĐ-UBND");
    // The province's reading of "kiềm chế, kéo giảm" ("không tăng") decides what the national rules leave open.
    const reduction = (session: Session) =>
      session.explain(commune?.index as number).criteria.find((c) => c.id === "tt124.d5.k2.d4.k4.a")?.outcome;
    expect([reduction(national), reduction(withPackage)]).toEqual(["can_xem_xet", "dat"]);
    // A settings file may name the built-in package (by its npm name) like the CLI's goiQuyDinh.
    const view = province.load(
      "tinh.json",
      JSON.stringify({ tinh: "Vĩnh Long", goiQuyDinh: ["@antq/rules-vinh-long-vi-du"] }),
    );
    expect(view.province).toBe("Vĩnh Long");
  });

  it("shows in 'Tra cứu quy định' what it changes, each with its legal basis", () => {
    const view = new ProvinceConfig(packages).view();
    expect(view.overlays).toHaveLength(1);
    const [overlay] = view.overlays;
    expect(overlay?.package).toBe("@antq/rules-vinh-long-vi-du@0.1.0");
    expect(overlay?.period).toBe("từ 01/01/2025");
    expect(overlay?.changes.map((c) => c.text)).toEqual([
      "Thêm tiêu chí “Không có tụ điểm phức tạp về ma tuý trên địa bàn (tiêu chí bổ sung của tỉnh — ví dụ)” (vinh-long.xa.khong_co_tu_diem_ma_tuy) từ 01/01/2025",
      "Tham số “Tỷ lệ tối thiểu đơn vị thuộc thẩm quyền của cấp xã được công nhận” (tt124.d5.k4.ty_le_toi_thieu): 80 phần trăm từ 01/01/2025 (quy định chung: 70)",
      "Cách hiểu “kiềm chế, kéo giảm … so với năm trước”: tỉnh chọn “Không tăng so với năm trước” từ 01/01/2025",
    ]);
    for (const change of overlay?.changes ?? []) expect(change.basis).toContain("9999/2025/QĐ-UBND");
    const catalogue = rulesCatalogue(2025, new ProvinceConfig(packages).overlays);
    expect(catalogue.inForce.overlays.map((o) => o.id)).toEqual(["vinh-long-vi-du"]);
    expect(catalogue.all.rules.map((r) => r.id)).toContain("vinh-long.xa.khong_co_tu_diem_ma_tuy");
    expect(rulesCatalogue(2025).all.rules.map((r) => r.id)).not.toContain(
      "vinh-long.xa.khong_co_tu_diem_ma_tuy",
    );
  });

  it("a module without an overlay is a build mistake said in Vietnamese", () => {
    expect(() => provincePackages([{ specifier: "goi-rong", module: { x: 1 } }])).toThrow(
      /Gói quy định của tỉnh "goi-rong" .* không xuất gói bổ sung nào/,
    );
  });
});
