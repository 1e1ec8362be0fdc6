import { parseAnnualFacts } from "@antq/domain";
import { describe, expect, it } from "vitest";
import {
  ALL_SHEETS,
  COMBINED_SHEET,
  type Column,
  columnLetter,
  convertCell,
  FACTS_SHEET,
  JSON_LIST_EXAMPLES,
  ListCount,
  setPath,
  toCellValue,
  UNIT_SHEETS,
} from "../src/index.js";

const column = (type: Column["type"], extra: Partial<Column> = {}): Column => ({
  header: "Cột",
  path: ["x"],
  type,
  required: false,
  ...extra,
});

describe("convertCell", () => {
  it("reads Vietnamese numbers and rejects text", () => {
    expect(convertCell(column("integer"), "1.454")).toEqual({ ok: true, value: 1454 });
    expect(convertCell(column("integer"), 315)).toEqual({ ok: true, value: 315 });
    expect(convertCell(column("integer"), "ba trăm")).toMatchObject({ ok: false, code: "CELL_NOT_A_NUMBER" });
    expect(convertCell(column("integer"), "84,1")).toMatchObject({ ok: false, code: "CELL_NOT_AN_INTEGER" });
  });

  it("reads dates from Excel cells, dd/mm/yyyy and ISO text", () => {
    expect(convertCell(column("date"), new Date(Date.UTC(2024, 1, 14)))).toEqual({
      ok: true,
      value: "2024-02-14",
    });
    expect(convertCell(column("date"), "14/02/2024")).toEqual({ ok: true, value: "2024-02-14" });
    expect(convertCell(column("date"), "2024-02-14")).toEqual({ ok: true, value: "2024-02-14" });
    expect(convertCell(column("date"), "30/02/2024")).toMatchObject({ ok: false, code: "CELL_NOT_A_DATE" });
  });

  it("reads yes/no in Vietnamese", () => {
    expect(convertCell(column("boolean"), "Có")).toEqual({ ok: true, value: true });
    expect(convertCell(column("boolean"), "không")).toEqual({ ok: true, value: false });
    expect(convertCell(column("boolean"), "Có lẽ")).toMatchObject({ ok: false, code: "CELL_NOT_YES_NO" });
  });

  it("maps drop-down labels (or codes) to codes, in NFC", () => {
    const areaType = UNIT_SHEETS[0]?.columns.find((c) => c.path.join(".") === "areaType") as Column;
    expect(convertCell(areaType, "Tổ dân phố")).toEqual({ ok: true, value: "to-dan-pho" });
    expect(convertCell(areaType, "to-dan-pho")).toEqual({ ok: true, value: "to-dan-pho" });
    expect(convertCell(areaType, "Ấp".normalize("NFD"))).toEqual({ ok: true, value: "ap" });
  });

  it("treats blank cells as absent", () => {
    expect(convertCell(column("text"), "   ")).toEqual({ ok: true, value: undefined });
    expect(convertCell(column("integer"), undefined)).toEqual({ ok: true, value: undefined });
  });

  it("reads list counts and keyed lists", () => {
    const result = convertCell(column("list-count"), "0");
    expect(result.ok && result.value instanceof ListCount && result.value.count).toBe(0);
    expect(convertCell(column("list-count"), "-1")).toMatchObject({ ok: false, code: "CELL_NOT_A_COUNT" });
    const attestations = COMBINED_SHEET.columns.find((c) => c.type === "keyed-list") as Column;
    expect(convertCell(attestations, "TT124/Đ4/k2; TT124/Đ5/k3")).toEqual({
      ok: true,
      value: [
        { criterion: "TT124/Đ4/k2", value: true },
        { criterion: "TT124/Đ5/k3", value: true },
      ],
    });
  });
});

describe("convertCell on JSON detail cells", () => {
  const detail = column("json-list", {
    header: "Các vụ phạm tội: chi tiết (JSON)",
    path: ["facts", "crimes"],
  });

  it("reads a JSON array of cases as written in the JSON input", () => {
    const cell =
      '[{"id":"VPT-2024-01","date":"2024-03-05","place":{},"crimeClass":"less-serious","forceMajeure":false,"description":"Trộm cắp tài sản"},' +
      '{"id":"VPT-2024-02","date":"2024-11-18","place":{},"forceMajeure":false}]';
    expect(convertCell(detail, ` ${cell} `)).toEqual({
      ok: true,
      value: [
        {
          id: "VPT-2024-01",
          date: "2024-03-05",
          place: {},
          crimeClass: "less-serious",
          forceMajeure: false,
          description: "Trộm cắp tài sản",
        },
        { id: "VPT-2024-02", date: "2024-11-18", place: {}, forceMajeure: false },
      ],
    });
    expect(convertCell(detail, "[]")).toEqual({ ok: true, value: [] });
    expect(convertCell(detail, "")).toEqual({ ok: true, value: undefined });
  });

  it("stores the text of the cases in NFC", () => {
    const nfd = '[{"id":"VPT-01","description":"Cố ý gây thương tích"}]'.normalize("NFD");
    const result = convertCell(detail, nfd);
    expect(result.ok && (result.value as Array<{ description: string }>)[0]?.description).toBe(
      "Cố ý gây thương tích".normalize("NFC"),
    );
  });

  it("rejects malformed JSON with a Vietnamese message and where it broke", () => {
    const missingQuote = convertCell(detail, '[{"id":"VPT-01","date":2024-03-05}]');
    expect(missingQuote).toMatchObject({ ok: false, code: "CELL_NOT_JSON_LIST" });
    expect(!missingQuote.ok && missingQuote.message).toMatch(
      /^"\[\{"id":"VPT-01","date":2024-03-05\}\]" không phải là JSON hợp lệ \(lỗi ở ký tự thứ \d+\); ghi danh sách các trường hợp dạng \[/,
    );
    const singleQuotes = convertCell(detail, "[{'id': 'VPT-01'}]");
    expect(singleQuotes).toMatchObject({ ok: false, code: "CELL_NOT_JSON_LIST" });
    expect(!singleQuotes.ok && singleQuotes.message).toContain('dấu nháy kép thẳng (")');
    const cut = convertCell(detail, '[{"id":"VPT-01"');
    expect(!cut.ok && cut.message).toContain("thiếu phần cuối");
  });

  it("rejects JSON that is not a list, and quotes long cells shortened", () => {
    const object = convertCell(detail, '{"id":"VPT-01","date":"2024-03-05"}');
    expect(object).toEqual({
      ok: false,
      code: "CELL_NOT_JSON_LIST",
      message:
        '"{"id":"VPT-01","date":"2024-03-05"}" phải là một danh sách JSON, mở bằng "[" và đóng bằng "]" (ví dụ [{"id": "VPT-2024-01", "date": "2024-03-05", …}]; không có trường hợp nào thì ghi []).',
    });
    expect(convertCell(detail, "2")).toMatchObject({ ok: false, code: "CELL_NOT_JSON_LIST" });
    const long = convertCell(detail, `{"description":"${"Gây rối trật tự công cộng ".repeat(10)}"}`);
    expect(!long.ok && long.message).toMatch(
      /^"\{"description":"Gây rối trật tự công cộng Gây rối trật tự cô…" phải là một danh sách JSON/,
    );
  });

  it("writes cases back as compact JSON, and nothing for an empty list", () => {
    const cases = [
      { id: "KL-2024-01", date: "2024-02-02", personRole: "staff", form: "reprimand", reason: "other" },
    ];
    const written = toCellValue(detail, cases);
    expect(written).toBe(
      '[{"id":"KL-2024-01","date":"2024-02-02","personRole":"staff","form":"reprimand","reason":"other"}]',
    );
    expect(convertCell(detail, written)).toEqual({ ok: true, value: cases });
    expect(toCellValue(detail, [])).toBeUndefined();
    expect(toCellValue(detail, undefined)).toBeUndefined();
  });
});

describe("the flat layout's lists", () => {
  const headers = COMBINED_SHEET.columns.map((c) => c.header);

  it("has a JSON detail column right after each count, except attestations and models", () => {
    const counts = COMBINED_SHEET.columns.filter((c) => c.type === "list-count");
    expect(counts.map((c) => c.path[1])).toEqual([
      "crimes",
      "securityEvents",
      "newSocialEvilPersons",
      "newHotspots",
      "accidents",
      "strikes",
      "stateSecretViolations",
      "schoolViolence",
      "administrativeSanctions",
      "disciplinaryActions",
      "subUnits",
    ]);
    for (const count of counts) {
      const next = COMBINED_SHEET.columns[COMBINED_SHEET.columns.indexOf(count) + 1] as Column;
      expect(next.type).toBe("json-list");
      expect(next.path).toEqual(count.path);
      expect(next.header).toBe(count.header.replace(": số trường hợp", ": chi tiết (JSON)"));
      expect(count.description).toContain(`ở cột "${next.header}"`);
    }
    expect(headers).toContain("Các vụ phạm tội: chi tiết (JSON)");
    expect(headers).toContain("Xếp loại các đơn vị trực thuộc: chi tiết (JSON)");
    expect(COMBINED_SHEET.columns.filter((c) => c.type === "keyed-list").map((c) => c.path[1])).toEqual([
      "attestations",
      "models",
    ]);
  });

  it("shows an example of each list that @antq/domain accepts", () => {
    for (const column of COMBINED_SHEET.columns.filter((c) => c.type === "json-list")) {
      const field = column.path[1] as string;
      const example = JSON_LIST_EXAMPLES[field];
      expect(example, field).toBeDefined();
      expect(column.description).toContain(`Ví dụ: ${JSON.stringify([example])}.`);
      const parsed = parseAnnualFacts({ unitId: "cq-ubnd-xa-my-thanh", year: 2024, [field]: [example] });
      expect(parsed.ok ? "ok" : parsed.issues.map((i) => i.message)).toBe("ok");
    }
  });
});

describe("sheet specs", () => {
  it("derive Vietnamese, unique headers from @antq/domain", () => {
    for (const spec of [...UNIT_SHEETS, FACTS_SHEET, COMBINED_SHEET]) {
      const headers = spec.columns.map((c) => c.header);
      expect(new Set(headers).size).toBe(headers.length);
      for (const h of headers) expect(h).toBe(h.normalize("NFC"));
    }
    expect(FACTS_SHEET.columns.map((c) => c.header)).toContain("Số hộ gia đình: Số hộ gia đình đang cư trú");
  });

  it("offer every drop-down in Vietnamese: no choice falls back to its English code", () => {
    const untranslated = ALL_SHEETS.flatMap((spec) =>
      spec.columns
        .filter((c) => c.type === "enum" || c.type === "enum-list")
        .flatMap((c) =>
          (c.choices ?? [])
            .filter((choice) => choice.label === choice.code)
            .map((choice) => `${spec.sheetName} / ${c.header}: ${choice.code}`),
        ),
    );
    expect(untranslated).toEqual([]);
    const ownership = UNIT_SHEETS.find((s) => s.unitKind === "enterprise")?.columns.find(
      (c) => c.path.join(".") === "ownership",
    ) as Column;
    expect(convertCell(ownership, "Doanh nghiệp có vốn đầu tư nước ngoài")).toEqual({
      ok: true,
      value: "foreign-invested",
    });
  });

  it("write back what they read", () => {
    const areaType = UNIT_SHEETS[0]?.columns.find((c) => c.path.join(".") === "areaType") as Column;
    expect(toCellValue(areaType, "ap")).toBe("Ấp");
    expect(toCellValue(column("boolean"), true)).toBe("Có");
    expect(toCellValue(column("list-count"), [])).toBe(0);
  });
});

describe("helpers", () => {
  it("name columns like Excel", () => {
    expect([1, 26, 27, 52, 703].map(columnLetter)).toEqual(["A", "Z", "AA", "AZ", "AAA"]);
  });
  it("set nested paths", () => {
    const target: Record<string, unknown> = {};
    setPath(target, ["location", "communeId"], "C28261");
    expect(target).toEqual({ location: { communeId: "C28261" } });
  });
});
