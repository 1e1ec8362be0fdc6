/**
 * Rule, parameter and interpretation definitions: version order, version lookup, refused definitions, and deciding
 * under an interpretation option. Nothing is defined at the top of this file: a mistake in a define* function then
 * fails these tests instead of failing to load the fixtures of the other files (which a mutation run would miss).
 */
import { describe, expect, it } from "vitest";
import {
  cite,
  defineInterpretation,
  defineParameter,
  defineRule,
  parameterValueAt,
  type RuleContext,
  ruleVersionAt,
  underReading,
} from "../src/index.js";

const basis = cite("124/2021/TT-BCA", { article: 4 });
const findings = { DAT: { outcome: "dat", message: "Đạt" } } as const;
const ctxReading = (choice: string | null): RuleContext => ({
  asOf: "2025-11-15",
  year: 2025,
  param: () => {
    throw new Error("không dùng");
  },
  reading: () => choice,
  outcome: () => undefined,
});

describe("defineRule and defineParameter", () => {
  it("sort versions and values by date, whatever the order written, and store parameter ids", () => {
    const p = defineParameter({
      id: "vi_du.nguong",
      label: "Ngưỡng",
      values: [
        { from: "2025-01-01", value: 80, basis },
        { from: "2022-02-10", to: "2024-12-31", value: 70, basis },
      ],
    });
    expect(p.values.map((v) => v.value)).toEqual([70, 80]);
    expect(parameterValueAt(p, "2024-12-31")?.value).toBe(70);
    expect(parameterValueAt(p, "2025-01-01")?.value).toBe(80);
    expect(parameterValueAt(p, "2022-02-09")).toBeUndefined();
    const r = defineRule({
      id: "vi-du.k1",
      label: "Ví dụ",
      versions: [
        { from: "2025-01-01", basis, parameters: [p], findings, decide: () => "DAT" },
        {
          from: "2022-02-10",
          to: "2024-12-31",
          basis,
          parameters: ["vi_du.nguong"],
          findings,
          decide: () => "DAT",
        },
      ],
    });
    expect(r.versions.map((v) => v.from)).toEqual(["2022-02-10", "2025-01-01"]);
    expect(r.versions.map((v) => v.parameters)).toEqual([["vi_du.nguong"], ["vi_du.nguong"]]);
    expect(ruleVersionAt(r, "2024-12-31")?.from).toBe("2022-02-10");
    expect(ruleVersionAt(r, "2025-01-01")?.from).toBe("2025-01-01");
    expect(ruleVersionAt(r, "2022-02-09")).toBeUndefined();
  });
  it("sort three dated versions and values into date order, from every order written", () => {
    const dates = ["2021-01-01", "2022-02-10", "2025-07-01"];
    const orders = [
      [0, 1, 2],
      [0, 2, 1],
      [1, 0, 2],
      [1, 2, 0],
      [2, 0, 1],
      [2, 1, 0],
    ];
    for (const order of orders) {
      const written = order.map((i) => dates[i] as string);
      const p = defineParameter({
        id: "tt124.d5.k4.ty_le",
        label: "Tỷ lệ đơn vị được công nhận",
        values: written.map((from, i) => ({ from, value: 70 + i, basis })),
      });
      expect(
        p.values.map((v) => v.from),
        written.join(" "),
      ).toEqual(dates);
      const r = defineRule({
        id: "tt124.d5.k4",
        label: "Tỷ lệ đơn vị",
        versions: written.map((from) => ({ from, basis, findings, decide: () => "DAT" as const })),
      });
      expect(
        r.versions.map((v) => v.from),
        written.join(" "),
      ).toEqual(dates);
    }
  });
  it("leave a version without parameters without a parameters list", () => {
    const r = defineRule({
      id: "tt124.d4.k1",
      label: "Khu dân cư",
      versions: [{ from: "2022-02-10", basis, findings, decide: () => "DAT" }],
    });
    expect(Object.hasOwn(r.versions[0] as object, "parameters")).toBe(false);
  });
  it("defineInterpretation refuses a repeated choice and a default outside the choices", () => {
    const base = {
      id: "tt124.d4.k4.a.kiem_che_keo_giam",
      label: "Cách hiểu “kiềm chế, kéo giảm”",
      basis,
      choices: [
        { id: "giam", label: "Phải giảm so với năm trước" },
        { id: "khong_tang", label: "Không tăng so với năm trước" },
      ],
    };
    expect(defineInterpretation({ ...base, default: "khong_tang" }).default).toBe("khong_tang");
    expect(defineInterpretation({ ...base, default: null }).choices).toHaveLength(2);
    expect(() => defineInterpretation({ ...base, default: "tang" })).toThrow(
      /mặc định "tang" không nằm trong các lựa chọn/,
    );
    expect(() =>
      defineInterpretation({
        ...base,
        choices: [...base.choices, { id: "giam", label: "Giảm (ghi lần hai)" }],
        default: null,
      }),
    ).toThrow(/lựa chọn "giam" bị trùng/);
  });

  it("reject a dated version without findings, but not a disabled one", () => {
    expect(() =>
      defineRule({
        id: "vi-du.k2",
        label: "x",
        versions: [{ from: "2022-02-10", basis, findings: {}, decide: () => "" as never }],
      }),
    ).toThrow(/findings/);
    expect(() =>
      defineRule({
        id: "vi-du.k2",
        label: "x",
        versions: [{ from: "2022-02-10", to: "2022-13-01", basis, findings, decide: () => "DAT" }],
      }),
    ).toThrow(RangeError);
    expect(
      defineRule({
        id: "vi-du.k2",
        label: "x",
        versions: [{ from: "2022-02-10", basis, findings: {}, decide: () => "" as never, disabled: true }],
      }).versions,
    ).toHaveLength(1);
  });
});

describe("underReading", () => {
  const branches = (now: number, prev: number) => ({
    giam: () => (now < prev ? "DAT" : "KHONG_GIAM"),
    khong_tang: () => (now <= prev ? "DAT" : "TANG"),
  });
  it("runs the chosen reading's branch", () => {
    expect(underReading(ctxReading("giam"), "x", branches(3, 3), "CAN_XEM_XET")).toBe("KHONG_GIAM");
    expect(underReading(ctxReading("khong_tang"), "x", branches(3, 3), "CAN_XEM_XET")).toBe("DAT");
    expect(() => underReading(ctxReading("khac"), "x", branches(3, 3), "CAN_XEM_XET")).toThrow(RangeError);
  });
  it("undecided: the common code when every reading agrees, else the undecided code", () => {
    expect(underReading(ctxReading(null), "x", branches(2, 3), "CAN_XEM_XET")).toBe("DAT");
    expect(underReading(ctxReading(null), "x", branches(4, 3), "CAN_XEM_XET")).toBe("CAN_XEM_XET");
    expect(underReading(ctxReading(null), "x", branches(3, 3), "CAN_XEM_XET")).toBe("CAN_XEM_XET");
    expect(underReading(ctxReading(null), "x", {}, "CAN_XEM_XET")).toBe("CAN_XEM_XET");
  });
});
