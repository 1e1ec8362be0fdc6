/**
 * The province settings file (`tinh.json`) and the undecided-readings lines that point officers to it: a real
 * settings file of Bắc Ninh, every kind of mistake located by field or by line and column, and the lines of a
 * real run of the Thông tư 124 rule set on a generated commune.
 */
import { generateProvince } from "@antq/datagen";
import { ASSESSED_UNIT_KIND_LABELS_VI } from "@antq/domain";
import { compile } from "@antq/rules";
import {
  evaluateWithCommunes,
  findUndecidedWithCommunes,
  REDUCTION_READING,
  type SecurityOrderInput,
  securityOrderRuleSet,
} from "@antq/rules-antt";
import { describe, expect, it } from "vitest";
import {
  jsonSyntaxPosition,
  parseProvinceSettings,
  streamedUndecidedLines,
  undecidedLines,
} from "../src/index.js";

describe("parseProvinceSettings", () => {
  it("reads Bắc Ninh's settings, a byte-order mark and null (chưa quyết định) readings included", () => {
    const text = `\uFEFF${JSON.stringify(
      {
        $schema: "https://antq.vn/schemas/tinh.schema.json",
        tinh: "Bắc Ninh",
        cachHieu: { [REDUCTION_READING.id]: "khong_tang", "tt124.d4.k4.a.pham_vi_so_sanh": null },
        goiQuyDinh: ["./quy-dinh-bac-ninh.mjs", "@tinh-bac-ninh/antq"],
      },
      null,
      2,
    )}`;
    expect(parseProvinceSettings(text)).toEqual({
      ok: true,
      value: {
        readings: { [REDUCTION_READING.id]: "khong_tang", "tt124.d4.k4.a.pham_vi_so_sanh": null },
        packages: ["./quy-dinh-bac-ninh.mjs", "@tinh-bac-ninh/antq"],
      },
    });
    expect(parseProvinceSettings("{}")).toEqual({ ok: true, value: { readings: {}, packages: [] } });
  });

  it("locates broken JSON by line and column, counted after a byte-order mark", () => {
    const broken = '{\n  "tinh": "Bắc Ninh",\n  "cachHieu": {\n    "a": "b",\n  }\n}';
    const expected = {
      ok: false,
      messages: ["không phải JSON hợp lệ (dòng 5, cột 3); kiểm tra dấu phẩy, ngoặc và dấu nháy kép"],
    };
    expect(parseProvinceSettings(broken)).toEqual(expected);
    expect(parseProvinceSettings(`\uFEFF${broken}`)).toEqual(expected);
  });

  it("names every wrong field in Vietnamese", () => {
    const result = parseProvinceSettings(
      JSON.stringify({ tinh: "", nam: 2024, cachHieu: { [REDUCTION_READING.id]: 1 }, goiQuyDinh: "x" }),
    );
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : [...result.messages].sort()).toEqual(
      [
        "trường (toàn tệp): trường không được hỗ trợ: nam (chỉ có tinh, cachHieu, goiQuyDinh)",
        "trường tinh: không được để trống",
        `trường cachHieu.${REDUCTION_READING.id}: cần chuỗi ký tự`,
        "trường goiQuyDinh: cần danh sách [ … ]",
      ].sort(),
    );
  });
});

describe("jsonSyntaxPosition", () => {
  const failure = (text: string): unknown => {
    try {
      JSON.parse(text);
    } catch (error) {
      return error;
    }
    throw new Error("the text parsed");
  };

  it("gives the line and column of the character JSON.parse stopped at", () => {
    const text = '{\n  "units": [\n    { "id": "C28261" }\n    { "id": "C28270" }\n  ]\n}';
    expect(jsonSyntaxPosition(text, failure(text))).toEqual({ line: 4, column: 5 });
    expect(jsonSyntaxPosition('{"a" 1}', failure('{"a" 1}'))).toEqual({ line: 1, column: 6 });
  });

  it("is undefined for errors that name no position", () => {
    expect(jsonSyntaxPosition("{}", new Error("position 3"))).toBeUndefined();
    expect(jsonSyntaxPosition("{}", new SyntaxError("Unexpected end of JSON input"))).toBeUndefined();
  });
});

describe("undecided-readings lines", () => {
  const { units, facts } = generateProvince({ seed: 138, year: 2024, communes: 2 });
  const byUnit = new Map(facts.map((f) => [f.unitId, f]));
  const inputs = units.map((unit) => ({ unit, facts: byUnit.get(unit.id) }) as SecurityOrderInput);
  const compiled = compile(securityOrderRuleSet, { year: 2024 });

  it("counts the results a choice decides, per kind, and shows both ways to choose", () => {
    const results = evaluateWithCommunes(compiled, inputs);
    const report = findUndecidedWithCommunes(compiled, inputs, results);
    const lines = undecidedLines(report, (k) => ASSESSED_UNIT_KIND_LABELS_VI[k]);
    expect(report.results).toBeGreaterThan(0);
    expect(lines[0]).toMatch(
      new RegExp(`^CÁCH HIỂU CHƯA QUYẾT ĐỊNH: ${report.results} kết quả "cần xem xét" \\(`),
    );
    expect(lines).toContain(
      `  Chọn trên dòng lệnh: ${report.options.map((o) => `--cach-hieu ${o.id}=${o.choices[0]?.id}`).join(" ")}`,
    );
    expect(undecidedLines({ ...report, results: 0 }, (k) => ASSESSED_UNIT_KIND_LABELS_VI[k])).toEqual([]);
    const settings = lines.find((l) => l.includes("--cau-hinh tinh.json"));
    const json = settings?.slice(settings.indexOf("{"));
    expect(parseProvinceSettings(json ?? "").ok).toBe(true);
  });

  it("lists the undecided options of a streamed run, none once every option is read", () => {
    const lines = streamedUndecidedLines(compiled, 1234);
    expect(lines[0]).toContain("1.234 kết quả");
    expect(lines).toContain(
      `  • ${REDUCTION_READING.label} — mã ${REDUCTION_READING.id}: giam = Phải giảm so với năm trước; khong_tang = Không tăng so với năm trước`,
    );
    const readings = Object.fromEntries(
      securityOrderRuleSet.interpretations.map((i) => [i.id, i.choices[0]?.id ?? null]),
    );
    expect(streamedUndecidedLines(compile(securityOrderRuleSet, { year: 2024, readings }), 1234)).toEqual([]);
  });
});
