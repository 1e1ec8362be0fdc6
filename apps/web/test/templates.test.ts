import { readFileSync } from "node:fs";
import { buildCsvTemplate, TEAM_SHEET, TEMPLATE_KINDS } from "@antq/sheets";
import { describe, expect, it } from "vitest";
import { classifyFile } from "../src/classification.js";
import { FileProblem } from "../src/engine.js";
import { planProgress } from "../src/plan.js";
import { rateTeams } from "../src/teams.js";
import { templateFile, templateKindLabel, templateOfKind } from "../src/templates.js";
import { cliFixture } from "./demo-data.js";

/** A command of the CLI (`antq mau`…) or one of its options (`--loai`…): a browser user has neither. */
const CLI_WORDS = /\bantq [a-z]|--[a-z]/;

/** The message of the {@link FileProblem} that `run` rejects with. */
const problem = async (run: () => Promise<unknown>): Promise<string> => {
  const error = await run().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FileProblem);
  return (error as Error).message;
};

describe("the empty templates offered for download", () => {
  it("starts the CSV template with exactly one byte-order mark, so Excel reads its Vietnamese headers", async () => {
    const { name, blob } = await templateFile("csv");
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect(name).toBe("mau-don-vi-va-du-kien.csv");
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect([...bytes.slice(3, 6)]).not.toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder("utf-8").decode(bytes).startsWith("Loại đơn vị,Mã đơn vị,")).toBe(true);
  });

  it("gives the workbook of one template kind, the score sheet for classifying the movement among them", async () => {
    const { readXlsxSheets } = await import("@antq/sheets/xlsx");
    // Every template workbook also has the guide ("Hướng dẫn") and the lists of its drop-downs ("Danh mục").
    const names = async (sheets?: string) => {
      const { name, blob } = await templateFile("xlsx", sheets);
      const found: string[] = [];
      for await (const sheet of readXlsxSheets(new Uint8Array(await blob.arrayBuffer())))
        found.push(sheet.name);
      return { name, sheets: found.filter((n) => n !== "Hướng dẫn" && n !== "Danh mục") };
    };
    expect(await names("bang-diem")).toEqual({ name: "mau-bang-diem.xlsx", sheets: ["Bảng chấm điểm"] });
    expect(await names("to-bao-ve")).toEqual({
      name: "mau-to-bao-ve.xlsx",
      sheets: ["Tổ bảo vệ ANTT", "Thành viên Tổ"],
    });
    const all = await names();
    expect(all.name).toBe("mau-antq.xlsx");
    expect(all.sheets).toContain("Khu dân cư");
    await expect(templateFile("xlsx", "khong-co")).rejects.toThrow('Không có mẫu loại "khong-co".');
  });
});

describe("messages point to the data screen's template list, by the kind's label", () => {
  it("names each kind as the list “Mẫu Excel theo loại” shows it", () => {
    expect(templateKindLabel("to-bao-ve")).toBe("Tổ bảo vệ ANTT và thành viên");
    expect(templateKindLabel("ke-hoach")).toBe("Kế hoạch, chỉ tiêu và đăng ký điển hình");
    expect(templateOfKind("de-nghi-khen-thuong")).toBe(
      "mẫu “Danh sách đề nghị khen thưởng” ở màn hình “1. Dữ liệu”, mục “Mẫu Excel theo loại”",
    );
    for (const kind of TEMPLATE_KINDS) expect(templateOfKind(kind)).not.toContain(`“${kind}”`);
  });

  it("a file without plans, Tổ or score sheet says which template to download, with no command", async () => {
    const registrations = {
      name: "dang-ky-dien-hinh.csv",
      bytes: new Uint8Array(readFileSync(cliFixture("cycle/hau-giang/dang-ky-dien-hinh.csv"))),
    };
    const noPlan = await problem(() => planProgress([registrations], undefined, undefined));
    expect(noPlan).toBe(
      'Không có kế hoạch nào trong "dang-ky-dien-hinh.csv" (trang "Kế hoạch" trống hoặc thiếu). Tải mẫu “Kế hoạch, chỉ tiêu và đăng ký điển hình” ở màn hình “1. Dữ liệu”, mục “Mẫu Excel theo loại”.',
    );
    // The Tổ sheet of the template, left empty.
    const empty = { name: "to-bao-ve.csv", bytes: new TextEncoder().encode(buildCsvTemplate(TEAM_SHEET)) };
    const noTeam = await problem(() => rateTeams([empty], 2025, null, false));
    expect(noTeam).toContain("Tải mẫu “Tổ bảo vệ ANTT và thành viên” ở màn hình “1. Dữ liệu”");
    // A workbook without the score sheet (the plan template) given to the classification screen.
    const plan = await templateFile("xlsx", "ke-hoach");
    const planBytes = new Uint8Array(await plan.blob.arrayBuffer());
    const noScores = await problem(() => classifyFile("ke-hoach.xlsx", planBytes, new Map()));
    expect(noScores).toBe(
      'Tệp "ke-hoach.xlsx": không có trang tính "Bảng chấm điểm" (tải mẫu “Bảng chấm điểm phân loại phong trào” ở màn hình “1. Dữ liệu”, mục “Mẫu Excel theo loại”).',
    );
    for (const message of [noPlan, noTeam, noScores]) {
      expect(message).not.toMatch(CLI_WORDS);
      expect(message.normalize("NFC")).toBe(message);
    }
  });
});
