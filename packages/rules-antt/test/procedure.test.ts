import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseAssessedUnit, unwrap } from "@antq/domain";
import { compile } from "@antq/rules";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  evaluationWindow,
  evaluationYearsOf,
  recognitionProcedure,
  securityOrderRuleSet,
} from "../src/index.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const ProcedureSuite = z.object({
  suite: z.string(),
  description: z.string(),
  cases: z.array(
    z.object({
      id: z.string(),
      year: z.number().int(),
      unit: z.unknown(),
      expect: z
        .object({
          signatory: z.string().optional(),
          body: z.string().optional(),
          deadline: z.string().optional(),
          status: z.enum(["dat", "can_xem_xet"]),
          notContains: z.string().optional(),
        })
        .strict(),
    }),
  ),
});

describe("procedure and authority by date (golden/tt124-tham-quyen.json, T28)", () => {
  const suite = ProcedureSuite.parse(
    JSON.parse(readFileSync(join(root, "golden", "tt124-tham-quyen.json"), "utf8")),
  );
  for (const c of suite.cases) {
    it(c.id, () => {
      const p = recognitionProcedure(
        compile(securityOrderRuleSet, { year: c.year }),
        unwrap(parseAssessedUnit(c.unit)),
      );
      if (c.expect.signatory) expect(p.signatory).toBe(c.expect.signatory);
      if (c.expect.body) expect(p.body).toBe(c.expect.body);
      if (c.expect.deadline) expect(p.deadline).toBe(c.expect.deadline);
      expect(p.status).toBe(c.expect.status);
      if (c.expect.status === "can_xem_xet") {
        const sentences = (p.review ?? "").split("; ");
        expect(sentences[0]).toMatch(/\S{3}/);
        expect(new Set(sentences).size).toBe(sentences.length);
      }
      if (c.expect.notContains) {
        expect(p.body).not.toContain(c.expect.notContains);
        expect(p.signatory).not.toContain(c.expect.notContains);
      }
    });
  }
  it("formats the deadline in Vietnamese", () => {
    const p = recognitionProcedure(
      compile(securityOrderRuleSet, { year: 2024 }),
      unwrap(
        parseAssessedUnit({
          kind: "residential-area",
          id: "kdc-1",
          name: "Thôn 1",
          location: { provinceId: "tinh-1" },
          areaType: "thon",
        }),
      ),
    );
    expect(p.deadlineText).toBe("Trước ngày 15/11/2024");
  });
});

describe("evaluation windows (Điều 8 khoản 2)", () => {
  it("T22: 10/11/2024 counts for the khu dân cư's 2025 and the commune's 2024", () => {
    expect(evaluationYearsOf("residential-area", "2024-11-10")).toEqual([2025]);
    expect(evaluationYearsOf("commune", "2024-11-10")).toEqual([2024]);
    expect(evaluationYearsOf("commune", "2024-11-16")).toEqual([2025]);
    expect(evaluationYearsOf("residential-area", "2024-10-31")).toEqual([2024]);
  });
  it("windows per kind and regime", () => {
    expect(evaluationWindow("residential-area", 2025)).toMatchObject({
      from: "2024-11-01",
      to: "2025-10-31",
    });
    expect(evaluationWindow("education", 2024)).toMatchObject({ from: "2023-11-16", to: "2024-11-15" });
    expect(evaluationWindow("commune", 2021)).toMatchObject({ from: "2020-11-30", to: "2021-11-30" });
    expect(evaluationWindow("commune", 2021)?.review).toMatch(/Thông tư 23\/2012\/TT-BCA/);
    expect(evaluationWindow("education", 2021)).toBeNull();
  });
  it("the TT 23 → TT 124 change-over can put a date in two years", () => {
    expect(evaluationYearsOf("commune", "2021-11-20")).toEqual([2021, 2022]);
  });
});
