import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  AnnualFactsSchema,
  FIELD_LABELS_VI,
  fieldLabelVi,
  formatIssuePath,
  parseAnnualFacts,
} from "../src/index.js";

describe("issue paths", () => {
  it("formats dotted and bracketed paths", () => {
    expect(formatIssuePath(["units", 3, "facts", "incidents", 0, "date"])).toBe(
      "units[3].facts.incidents[0].date",
    );
    expect(formatIssuePath([])).toBe("(gốc)");
    expect(formatIssuePath(["extensions", "tiêu chí 1"])).toBe('extensions["tiêu chí 1"]');
  });
});

describe("Vietnamese labels", () => {
  it("finds the label of nested fields through arrays and unions", () => {
    const input = { crimes: [{}] };
    expect(fieldLabelVi(AnnualFactsSchema, input, ["crimes", 0, "forceMajeure"])).toBe(
      "Do nguyên nhân bất khả kháng",
    );
    expect(fieldLabelVi(AnnualFactsSchema, input, ["crimes"])).toBe("Các vụ phạm tội");
    expect(fieldLabelVi(AnnualFactsSchema, input, ["crimes", 0, "date"])).toBe("Ngày");
    expect(fieldLabelVi(AnnualFactsSchema, input, ["newSocialEvilPersons", 0, "identifiedOn"])).toBe(
      "Ngày phát hiện",
    );
  });

  it("labels every property of every shipped JSON Schema (title or FIELD_LABELS_VI)", () => {
    const dir = fileURLToPath(new URL("../schemas/", import.meta.url));
    const missing = new Set<string>();
    const walk = (o: unknown): void => {
      if (Array.isArray(o)) {
        for (const x of o) walk(x);
        return;
      }
      if (o === null || typeof o !== "object") return;
      const props = (o as { properties?: Record<string, { title?: string }> }).properties;
      for (const [k, v] of Object.entries(props ?? {}))
        if (v.title === undefined && FIELD_LABELS_VI[k] === undefined) missing.add(k);
      for (const v of Object.values(o)) walk(v);
    };
    for (const f of readdirSync(dir)) walk(JSON.parse(readFileSync(`${dir}${f}`, "utf8")));
    expect([...missing]).toEqual([]);
  });

  it("writes every message in NFC with the field label", () => {
    const r = parseAnnualFacts({
      unitId: "kdc 1",
      year: 2025.5,
      households: { resident: -1, registered: "12" },
      crimes: [{ id: "v", date: "2025-01-01", place: {}, forceMajeure: "không" }],
      strikes: [{ id: "s", kind: "biểu tình", startDate: "2025-01-01", lawful: false }],
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.map((i) => [i.code, i.pathText])).toEqual([
        ["INVALID_ID", "unitId"],
        ["NOT_INTEGER", "year"],
        ["TOO_SMALL", "households.resident"],
        ["INVALID_TYPE", "households.registered"],
        ["INVALID_TYPE", "crimes[0].forceMajeure"],
        ["INVALID_KIND", "strikes[0].kind"],
      ]);
      for (const i of r.issues) {
        expect(i.message).toBe(i.message.normalize("NFC"));
        expect(i.message).not.toMatch(/expected|Invalid|received/);
      }
      expect(r.issues[4]?.message).toBe(
        'Do nguyên nhân bất khả kháng (crimes[0].forceMajeure): phải là giá trị đúng/sai (true/false), nhận được "không".',
      );
    }
  });
});

describe("dates given in the wrong type", () => {
  it("reports an Excel serial number as INVALID_DATE", () => {
    const r = parseAnnualFacts({ unitId: "kdc-1", year: 2025, asOf: 45678 });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues[0]).toMatchObject({ code: "INVALID_DATE", pathText: "asOf" });
      expect(r.issues[0]?.message).toBe(
        "Số liệu tính đến ngày (asOf): phải là ngày viết dạng YYYY-MM-DD (chuỗi ký tự), nhận được 45678.",
      );
    }
  });
});
