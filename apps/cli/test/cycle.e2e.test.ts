/**
 * antq ke-hoach and antq dien-hinh on the built binary: An Giang's plan (KH 10/KH-BCĐ-CAT, 08/02/2023) with
 * 2023–2025 records, Hậu Giang's 2024 selection from its 2023 classification, the templates, and bad input
 * (located Vietnamese error, exit 2, nothing written).
 */
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PlanProgressDocumentSchema, TypicalDocumentSchema } from "@antq/sheets";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { antq, fixtures, hasStackTrace, tempDir } from "./helpers/run.js";

const ag = join(fixtures, "cycle/an-giang");
const hg = join(fixtures, "cycle/hau-giang");
const AG_FILES = ["ke-hoach.csv", "chi-tieu-so-luong.csv", "chi-tieu-ty-le.csv", "dang-ky-dien-hinh.csv"].map(
  (f) => join(ag, f),
);
const ADMIN = ["--don-vi-hanh-chinh", join(ag, "don-vi-hanh-chinh.csv")];

describe("antq ke-hoach (An Giang, KH 10/KH-BCĐ-CAT)", () => {
  it("reports the 16-unit target by kind and each city's ward-police share against 30 %, with the roadmap", async () => {
    const dir = tempDir();
    const out = join(dir, "ke-hoach.xlsx");
    const { code, stdout, stderr } = antq(["ke-hoach", ...AG_FILES, ...ADMIN, "--ra", out]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toContain("TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH, CHỈ TIÊU (kết quả đến hết năm 2025)");
    expect(stdout).toContain("Chỉ tiêu số lượng: đạt 14/16 đơn vị (87,5%).");
    expect(stdout).toContain("- Phường năm 2023: 1/2 đơn vị (50,0%), còn thiếu 1.");
    expect(stdout).toContain("- Doanh nghiệp năm 2023: 0/1 đơn vị (0,0%), còn thiếu 1.");
    expect(stdout).toContain(
      "Thành phố Long Xuyên: 4/11 phường (36,4%), cần 4. Thành phố Châu Đốc: 1/5 phường (20,0%), cần 2, còn thiếu 1. Thị xã Tân Châu: 2/5 phường (40,0%), cần 2.",
    );
    expect(stdout).toContain(
      "Lộ trình — Thành phố Long Xuyên: 4/11 phường đến hết năm 2025; năm 2026: thêm 2 (đạt 6); năm 2027: thêm 2 (đạt 8); năm 2028: thêm 1 (đạt 9); năm 2029: thêm 1 (đạt 10); năm 2030: thêm 1 (đạt 11).",
    );
    const doc = PlanProgressDocumentSchema.parse(
      JSON.parse(readFileSync(join(dir, "ke-hoach.json"), "utf8")),
    );
    const plan = doc.plans[0];
    expect(plan?.countTargets.map((t) => [t.subject, t.target, t.registered, t.achieved])).toEqual([
      ["commune", 6, 6, 6],
      ["ward", 2, 2, 1],
      ["township", 2, 2, 2],
      ["agency", 3, 3, 3],
      ["enterprise", 1, 1, 0],
      ["education", 2, 2, 2],
    ]);
    expect(plan?.totals).toEqual({ target: 16, achieved: { part: 14, total: 16 } });
    const by2025 = plan?.shareTargets.find((s) => s.byYear === 2025);
    expect(by2025?.areas.map((a) => [a.name, a.wards.part, a.wards.total, a.needed, a.met])).toEqual([
      ["Thành phố Long Xuyên", 4, 11, 4, true],
      ["Thành phố Châu Đốc", 1, 5, 2, false],
      ["Thị xã Tân Châu", 2, 5, 2, true],
    ]);
    // Every roadmap reaches all wards by 2030 and adds at least one a year while wards remain.
    for (const r of plan?.roadmaps ?? []) {
      expect(r.years.at(-1)).toMatchObject({ year: 2030, requiredTotal: r.wards.total });
      for (const y of r.years)
        if (y.requiredTotal - y.newWards < r.wards.total) expect(y.newWards).toBeGreaterThan(0);
    }
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const counts = workbook.getWorksheet("Chỉ tiêu số lượng") as ExcelJS.Worksheet;
    expect(counts.pageSetup.paperSize).toBe(9);
    expect(counts.pageSetup.fitToWidth).toBe(1);
    const rows = counts.getSheetValues().map((r) => (Array.isArray(r) ? r.slice(1) : []) as unknown[]);
    expect(rows).toContainEqual([2023, "Doanh nghiệp", 1, 1, 0, 1, 0]);
    expect(rows.find((r) => r?.[1] === "Tổng số")?.slice(2)).toEqual([16, "", 14, 2, ""]);
    const road = workbook.getWorksheet("Lộ trình") as ExcelJS.Worksheet;
    expect(road.getRow(4).values).toContain("Năm 2026");
  });

  it("as of 2024: the 2025 records are left out and 2025 is in the roadmap", () => {
    const dir = tempDir();
    const { code, stdout } = antq([
      "ke-hoach",
      ...AG_FILES,
      ...ADMIN,
      "--nam",
      "2024",
      "--ra",
      join(dir, "k.xlsx"),
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain("Thành phố Long Xuyên: 3/11 phường đến hết năm 2024; năm 2025: thêm 1 (đạt 4);");
    expect(stdout).toContain("Thành phố Châu Đốc: 1/5 phường đến hết năm 2024; năm 2025: thêm 1 (đạt 2);");
  });

  it("reads the same data from the Excel template filled in", async () => {
    const dir = tempDir();
    const template = join(dir, "mau.xlsx");
    expect(antq(["mau", "--loai", "ke-hoach", "--ra", template]).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(template);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      "Hướng dẫn",
      "Danh mục",
      "Kế hoạch",
      "Chỉ tiêu số lượng",
      "Chỉ tiêu tỷ lệ",
      "Đăng ký điển hình",
    ]);
    for (const [file, sheet] of [
      ["ke-hoach.csv", "Kế hoạch"],
      ["chi-tieu-so-luong.csv", "Chỉ tiêu số lượng"],
      ["chi-tieu-ty-le.csv", "Chỉ tiêu tỷ lệ"],
      ["dang-ky-dien-hinh.csv", "Đăng ký điển hình"],
    ] as const) {
      const ws = workbook.getWorksheet(sheet) as ExcelJS.Worksheet;
      const [, ...lines] = readFileSync(join(ag, file), "utf8").trim().split("\n");
      const headers = (ws.getRow(1).values as unknown[]).slice(1);
      const csvHeaders =
        (readFileSync(join(ag, file), "utf8").split("\n")[0] ?? "").match(/("[^"]*"|[^,]+)/g) ?? [];
      expect(csvHeaders.map((h) => h.replaceAll('"', ""))).toEqual(headers);
      lines.forEach((line, i) => {
        const cells =
          line.match(/("[^"]*"|[^,]*)(,|$)/g)?.map((c) => c.replace(/,$/, "").replaceAll('"', "")) ?? [];
        cells.forEach((c, j) => {
          if (c !== "") ws.getRow(i + 2).getCell(j + 1).value = /^\d+$/.test(c) ? Number(c) : c;
        });
      });
    }
    const filled = join(dir, "ke-hoach.xlsx");
    await workbook.xlsx.writeFile(filled);
    const { code, stdout } = antq(["ke-hoach", filled, ...ADMIN, "--ra", join(dir, "kq.xlsx"), "--json"]);
    expect(code).toBe(0);
    const doc = PlanProgressDocumentSchema.parse(JSON.parse(stdout));
    expect(doc.plans[0]?.totals).toEqual({ target: 16, achieved: { part: 14, total: 16 } });
  });

  it("bad input: a located Vietnamese error, exit 2, nothing written", () => {
    const dir = tempDir();
    for (const f of AG_FILES) copyFileSync(f, join(dir, f.split("/").at(-1) as string));
    const counts = join(dir, "chi-tieu-so-luong.csv");
    writeFileSync(counts, readFileSync(counts, "utf8").replace(",Doanh nghiệp,1,", ",Doanh nghiep,một,"));
    const out = join(dir, "out", "kq.xlsx");
    const files = readdirSync(dir)
      .filter((f) => f.endsWith(".csv"))
      .map((f) => join(dir, f));
    const { code, stderr } = antq(["ke-hoach", ...files, "--ra", out]);
    expect(code).toBe(2);
    expect(stderr).toContain(
      "Lỗi — " +
        counts +
        ', trang "Chỉ tiêu số lượng", dòng 6, cột D (Đối tượng của chỉ tiêu): "Doanh nghiep" không có trong danh sách',
    );
    expect(stderr).toContain('dòng 6, cột E (Số lượng): "một" không phải là số');
    expect(stderr).toContain("không ghi tệp kết quả nào");
    expect(hasStackTrace(stderr)).toBe(false);
    expect(existsSync(out)).toBe(false);
    expect(existsSync(join(dir, "out"))).toBe(false);
  });

  it("a ward police row without its ward, and a target of an unknown plan, are errors at their rows", () => {
    const dir = tempDir();
    for (const f of AG_FILES) copyFileSync(f, join(dir, f.split("/").at(-1) as string));
    const regs = join(dir, "dang-ky-dien-hinh.csv");
    writeFileSync(regs, readFileSync(regs, "utf8").replace(",W30283,", ",,"));
    const pct = join(dir, "chi-tieu-ty-le.csv");
    writeFileSync(pct, readFileSync(pct, "utf8").replace("kh-10-2023-ag,2030", "kh-11-2023-ag,2030"));
    const out = join(dir, "kq.xlsx");
    const files = [
      "ke-hoach.csv",
      "chi-tieu-so-luong.csv",
      "chi-tieu-ty-le.csv",
      "dang-ky-dien-hinh.csv",
    ].map((f) => join(dir, f));
    const { code, stderr } = antq(["ke-hoach", ...files, "--ra", out]);
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /trang "Đăng ký điển hình", dòng 19, cột H \(Mã phường, xã \(đơn vị hành chính\)\): .*cần ghi mã phường/,
    );
    expect(stderr).toContain(
      'trang "Chỉ tiêu tỷ lệ", dòng 3, cột "Mã kế hoạch": Mã kế hoạch "kh-11-2023-ag" không có trong trang "Kế hoạch".',
    );
    expect(existsSync(out)).toBe(false);
  });

  it("validates model sheets given with the plan and counts them (HD 22) with their rating of the year", () => {
    const dir = tempDir();
    const models = join(dir, "mo-hinh.csv");
    writeFileSync(
      models,
      "Mã mô hình,Tên mô hình,Loại mô hình,Ngày bắt đầu\n" +
        'mh-1,Camera phòng chống tội phạm,"Camera an ninh, camera phòng, chống tội phạm",26/03/2022\n' +
        "mh-2,Tổ tự quản (giả lập),Tổ tự quản về ANTT,01/05/2023\n",
    );
    const ratings = join(dir, "danh-gia-mo-hinh.csv");
    writeFileSync(
      ratings,
      "Mã mô hình,Năm đánh giá,Hiệu quả hoạt động\nmh-1,2025,Hoạt động hiệu quả\nmh-2,2025,Hoạt động không hiệu quả\n",
    );
    const ok = antq(["ke-hoach", ...AG_FILES, models, ratings, "--ra", join(dir, "k.xlsx")]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain(
      "Mô hình: 2 mô hình, 2 điểm, 2 tổ (cách đếm của Hướng dẫn 22/HD-BCA-V05); năm 2025: 1/2 mô hình được đánh giá hoạt động hiệu quả.",
    );
    writeFileSync(ratings, "Mã mô hình,Năm đánh giá,Hiệu quả hoạt động\nmh-1,2025,Tốt\n");
    const out = join(dir, "k2.xlsx");
    const bad = antq(["ke-hoach", ...AG_FILES, models, ratings, "--ra", out]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(
      `Lỗi — ${ratings}, trang "Đánh giá mô hình", dòng 2, cột C (Hiệu quả hoạt động): "Tốt" không có trong danh sách`,
    );
    expect(existsSync(out)).toBe(false);
  });

  it("the model template has its three sheets with the rating columns", async () => {
    const dir = tempDir();
    const out = join(dir, "mo-hinh.xlsx");
    expect(antq(["mau", "--loai", "mo-hinh", "--ra", out]).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const rating = workbook.getWorksheet("Đánh giá mô hình") as ExcelJS.Worksheet;
    expect((rating.getRow(1).values as unknown[]).slice(1, 5)).toEqual([
      "Mã mô hình",
      "Năm đánh giá",
      "Hiệu quả hoạt động",
      "Ngày xếp loại",
    ]);
    expect(workbook.getWorksheet("Điểm áp dụng mô hình")).toBeDefined();
  });
});

describe("antq dien-hinh (Hậu Giang 2024)", () => {
  const args = [
    "dien-hinh",
    join(hg, "dang-ky-dien-hinh.csv"),
    "--phan-loai",
    join(hg, "ket-qua-phan-loai-2023.json"),
    "--danh-gia",
    join(hg, "ket-qua-danh-gia-2023.json"),
  ];

  it("lists the candidates with their reasons and checks the five units chosen", async () => {
    const dir = tempDir();
    const out = join(dir, "dien-hinh.xlsx");
    const { code, stdout } = antq([...args, "--ra", out]);
    expect(code).toBe(0);
    expect(stdout).toContain(
      "LỰA CHỌN ĐƠN VỊ XÂY DỰNG ĐIỂN HÌNH NĂM 2024 (căn cứ kết quả phân loại năm 2023)",
    );
    expect(stdout).toContain("Đủ điều kiện: 5/10 đơn vị");
    expect(stdout).toContain("✗ Sở Tư pháp: Năm 2023 chưa đạt tiêu chuẩn “An toàn về ANTT”.");
    expect(stdout).toContain(
      "✗ Xã Hỏa Lựu, thành phố Vị Thanh: Năm 2023 xếp loại Khá, chưa đạt mức yêu cầu.",
    );
    expect(stdout).toContain("• Thị trấn Nàng Mau, huyện Vị Thủy — Được chọn xây dựng, đủ điều kiện");
    expect(stdout).toContain("Cần xem xét: Điều kiện chọn điển hình là cấu hình ví dụ");
    const doc = TypicalDocumentSchema.parse(JSON.parse(readFileSync(join(dir, "dien-hinh.json"), "utf8")));
    expect(doc.chosen.map((c) => c.eligible)).toEqual([true, true, true, true, true]);
    expect(doc.candidates.find((c) => c.unitId === "thpt-vi-thanh")).toMatchObject({
      eligible: false,
      codes: ["TT124_UNKNOWN"],
      previousTt124: null,
    });
    expect(doc.targets).toBeNull();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      "Đơn vị được xét",
      "Đơn vị được chọn",
      "Cần xem xét",
    ]);
  });

  it("a province rule and a plan: Khá qualifies, the choice is counted against the year's targets", () => {
    const dir = tempDir();
    const rule = join(dir, "dieu-kien.json");
    writeFileSync(
      rule,
      JSON.stringify({
        label: "Điều kiện giả lập của tỉnh",
        levels: ["xuat_sac", "kha"],
        requireTt124: true,
        kinds: ["commune", "agency", "enterprise", "education"],
      }),
    );
    const plan = join(dir, "ke-hoach.csv");
    writeFileSync(
      plan,
      'Mã kế hoạch,"Số, ký hiệu văn bản",Ngày ban hành,Tên kế hoạch,Mã tỉnh áp dụng\n' +
        "kh-gia-lap,01/KH-BCĐ,20/02/2024,Kế hoạch giả lập cho kiểm thử,P93\n",
    );
    const targets = join(dir, "chi-tieu-so-luong.csv");
    writeFileSync(
      targets,
      'Mã kế hoạch,Năm,"Chương trình, nội dung chỉ tiêu",Đối tượng của chỉ tiêu,Số lượng\n' +
        "kh-gia-lap,2024,Đơn vị điển hình về phong trào toàn dân bảo vệ ANTQ,Xã,3\n" +
        "kh-gia-lap,2024,Đơn vị điển hình về phong trào toàn dân bảo vệ ANTQ,Cơ quan,1\n",
    );
    const { code, stdout } = antq([
      ...args,
      plan,
      targets,
      "--cau-hinh",
      rule,
      "--ra",
      join(dir, "k.xlsx"),
      "--json",
    ]);
    expect(code).toBe(0);
    const doc = TypicalDocumentSchema.parse(JSON.parse(stdout));
    expect(doc.candidates.find((c) => c.unitId === "xa-hoa-luu-vi-thanh")?.eligible).toBe(true);
    expect(doc.review.map((r) => r.code)).toContain("PROVINCE_CONFIG");
    expect(doc.targets?.map((t) => [t.subject, t.target, t.chosen, t.shortfall])).toEqual([
      ["commune", 3, 2, 1],
      ["agency", 1, 1, 0],
    ]);
  });

  // Four runs of the binary (danh-gia, phan-loai, dien-hinh, then dien-hinh on the raw files): more time under load.
  it("reads the real outputs of antq danh-gia and antq phan-loai of the same year", {
    timeout: 180_000,
  }, () => {
    const dir = tempDir();
    expect(
      antq([
        "danh-gia",
        join(fixtures, "hop-le/tinh-mau-2024.json"),
        "--nam",
        "2024",
        "--ra",
        join(dir, "dg.xlsx"),
      ]).code,
    ).toBe(0);
    expect(
      antq([
        "phan-loai",
        join(fixtures, "hop-le/bang-diem-2024.json"),
        "--ket-qua-danh-gia",
        join(dir, "dg.json"),
        "--ra",
        join(dir, "pl.xlsx"),
      ]).code,
    ).toBe(0);
    const { code, stdout } = antq([
      "dien-hinh",
      "--phan-loai",
      join(dir, "pl.json"),
      "--danh-gia",
      join(dir, "dg.json"),
      "--ra",
      join(dir, "dh.xlsx"),
      "--json",
    ]);
    expect(code).toBe(0);
    const doc = TypicalDocumentSchema.parse(JSON.parse(stdout));
    expect(doc.planYear).toBe(2025);
    const pl = JSON.parse(readFileSync(join(dir, "pl.json"), "utf8")) as {
      units: { unitId: string; level: string }[];
    };
    expect(doc.summary.considered).toBe(pl.units.length);
    for (const c of doc.candidates) {
      expect(c.previousLevel).toBe(pl.units.find((u) => u.unitId === c.unitId)?.level);
      expect(c.previousTt124).not.toBeNull();
    }
    // The same inputs in one run: the score sheets classified and the facts assessed by dien-hinh itself.
    const sameRun = antq([
      "dien-hinh",
      "--phan-loai",
      join(fixtures, "hop-le/bang-diem-2024.json"),
      "--danh-gia",
      join(fixtures, "hop-le/tinh-mau-2024.json"),
      "--ra",
      join(dir, "dh-1.xlsx"),
      "--json",
    ]);
    expect(sameRun.stderr).toBe("");
    expect(TypicalDocumentSchema.parse(JSON.parse(sameRun.stdout))).toEqual(doc);
  });

  it("follows the 2025 commune lineage: a new commune chosen for 2026 is judged on the communes it was formed from", () => {
    const dir = tempDir();
    // Hậu Giang's classification as if of 2025, its communes under their administrative codes (illustrative).
    const ids: Record<string, string> = {
      "xa-tan-tien-vi-thanh": "C31001",
      "xa-hoa-luu-vi-thanh": "C31003",
      "xa-vinh-thuan-dong-long-my": "C31005",
    };
    const pl = JSON.parse(readFileSync(join(hg, "ket-qua-phan-loai-2023.json"), "utf8")) as {
      units: { unitId: string; year: number }[];
    };
    for (const u of pl.units) {
      u.year = 2025;
      u.unitId = ids[u.unitId] ?? u.unitId;
    }
    const dg = JSON.parse(readFileSync(join(hg, "ket-qua-danh-gia-2023.json"), "utf8")) as {
      year: number;
      units: { unitId: string }[];
    };
    dg.year = 2025;
    for (const u of dg.units) u.unitId = ids[u.unitId] ?? u.unitId;
    writeFileSync(join(dir, "pl.json"), JSON.stringify(pl));
    writeFileSync(join(dir, "dg.json"), JSON.stringify(dg));
    writeFileSync(
      join(dir, "dvhc.csv"),
      "id,code,name,type,parentId,validFrom,validTo,predecessors\n" +
        "C31001,31001,Tân Tiến,xã,P93,,2025-06-30,\nC31003,31003,Hỏa Lựu,xã,P93,,2025-06-30,\n" +
        "C31005,31005,Vĩnh Thuận Đông,xã,P93,,2025-06-30,\n" +
        "C31100-2025,31100,Tân Tiến,xã,P92-2025,2025-07-01,,C31001;C31003\n" +
        "C31101-2025,31101,Vĩnh Thuận Đông,xã,P92-2025,2025-07-01,,C31005\n",
    );
    const [header] = readFileSync(join(hg, "dang-ky-dien-hinh.csv"), "utf8").split("\n");
    writeFileSync(
      join(dir, "dang-ky-dien-hinh.csv"),
      `${header}\n` +
        "dh-2026-1,,2026,Đơn vị điển hình về phong trào toàn dân bảo vệ ANTQ,Xã,Xã Tân Tiến (mới),C31100-2025,,Được chọn xây dựng,,,,,,,,\n" +
        "dh-2026-2,,2026,Đơn vị điển hình về phong trào toàn dân bảo vệ ANTQ,Xã,Xã Vĩnh Thuận Đông (mới),C31101-2025,,Được chọn xây dựng,,,,,,,,\n",
    );
    const run = (admin: string[]) =>
      antq([
        "dien-hinh",
        join(dir, "dang-ky-dien-hinh.csv"),
        "--phan-loai",
        join(dir, "pl.json"),
        "--danh-gia",
        join(dir, "dg.json"),
        ...admin,
        "--ra",
        join(dir, "dh.xlsx"),
      ]);
    const { code, stdout, stderr } = run(["--don-vi-hanh-chinh", join(dir, "dvhc.csv")]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toContain(
      "LỰA CHỌN ĐƠN VỊ XÂY DỰNG ĐIỂN HÌNH NĂM 2026 (căn cứ kết quả phân loại năm 2025)",
    );
    expect(stdout).toContain("Xã Tân Tiến (cũ) nay thuộc Xã Tân Tiến.");
    expect(stdout).toContain("• Xã Tân Tiến (mới) — Được chọn xây dựng, chưa đủ điều kiện");
    expect(stdout).toContain("• Xã Vĩnh Thuận Đông (mới) — Được chọn xây dựng, đủ điều kiện");
    expect(stdout).toContain(
      "Cần xem xét: Xã Tân Tiến (mới): không có kết quả phân loại năm 2025 của chính đơn vị; xét theo các đơn vị cũ hợp thành (sắp xếp đơn vị hành chính 2025): Xã Tân Tiến, thành phố Vị Thanh (đủ điều kiện), Xã Hỏa Lựu, thành phố Vị Thanh (chưa đủ điều kiện) — cần xem xét.",
    );
    const doc = TypicalDocumentSchema.parse(JSON.parse(readFileSync(join(dir, "dh.json"), "utf8")));
    expect(doc.chosen.map((c) => [c.name, c.eligible, c.formerUnits])).toEqual([
      ["Xã Tân Tiến (mới)", false, ["C31001", "C31003"]],
      ["Xã Vĩnh Thuận Đông (mới)", true, ["C31005"]],
    ]);
    // Without the administrative units, the new communes have no classification of 2025.
    const without = run([]);
    expect(without.code).toBe(0);
    expect(without.stdout).toContain("• Xã Tân Tiến (mới) — Được chọn xây dựng, chưa có kết quả phân loại");
  });

  it("bad input: wrong year, wrong level code, wrong document — exit 2, nothing written", () => {
    const dir = tempDir();
    const out = join(dir, "kq.xlsx");
    let r = antq([...args, "--nam", "2026", "--ra", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Không có kết quả phân loại năm 2025 để chọn điển hình năm 2026");
    const bad = join(dir, "pl.json");
    const wrong = JSON.parse(readFileSync(join(hg, "ket-qua-phan-loai-2023.json"), "utf8")) as {
      units: { level: string }[];
    };
    (wrong.units[5] as { level: string }).level = "kha-gioi";
    writeFileSync(bad, JSON.stringify(wrong));
    r = antq(["dien-hinh", "--phan-loai", bad, "--ra", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      `Lỗi — ${bad}: giá trị không hợp lệ; chọn một trong: xuat_sac, kha, trung_binh, yeu. [units[5].level]`,
    );
    r = antq(["dien-hinh", "--phan-loai", join(hg, "ket-qua-danh-gia-2023.json"), "--ra", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      "không phải tệp JSON kết quả phân loại phong trào (cần định dạng antq.classification/1)",
    );
    expect(hasStackTrace(r.stderr)).toBe(false);
    expect(existsSync(out)).toBe(false);
  });
});
