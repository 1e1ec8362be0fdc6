/** Type tests (vitest typecheck): a rule can only return a declared finding and read parameters by their type. */
import { describe, expectTypeOf, it } from "vitest";
import { z } from "zod";
import { cite, defineParameter, defineRule, defineRuleFor, type RuleContext } from "../src/index.js";

interface Unit {
  readonly registered: number;
  readonly total: number;
}

const basis = cite("124/2021/TT-BCA", { article: 5, clause: 4 });
const RATIO = defineParameter({
  id: "vi_du.ty_le",
  label: "Tỷ lệ tối thiểu",
  schema: z.number().int().min(0).max(100),
  values: [{ from: "2022-02-10", value: 70, basis }],
});
const NAME = defineParameter({
  id: "vi_du.ten",
  label: "Tên",
  schema: z.string(),
  values: [{ from: "2022-02-10", value: "xã", basis }],
});
const defineUnitRule = defineRuleFor<Unit>();
const findings = {
  DAT: { outcome: "dat", message: "Đủ tỷ lệ" },
  THIEU: { outcome: "chua_dat", message: "Chưa đủ tỷ lệ" },
} as const;

describe("defineRule typing", () => {
  it("types a parameter's value by its zod schema", () => {
    expectTypeOf(RATIO.values[0]?.value).toEqualTypeOf<number | undefined>();
    const read = (ctx: RuleContext) => ctx.param(RATIO);
    expectTypeOf(read).returns.toEqualTypeOf<number>();
    expectTypeOf((ctx: RuleContext) => ctx.param(NAME)).returns.toEqualTypeOf<string>();
  });

  it("accepts a rule that returns only declared findings", () => {
    defineUnitRule({
      id: "vi-du.k4",
      label: "Tỷ lệ",
      versions: [
        {
          from: "2022-02-10",
          basis,
          parameters: [RATIO],
          findings,
          decide: (u, ctx) => (u.registered * 100 >= ctx.param(RATIO) * u.total ? "DAT" : "THIEU"),
        },
      ],
    });
    defineRule({
      id: "vi-du.k5",
      label: "Suy ra kiểu đầu vào từ decide",
      versions: [
        { from: "2022-02-10", basis, findings, decide: (u: Unit) => (u.total > 0 ? "DAT" : "THIEU") },
      ],
    });
  });

  it("rejects an undeclared finding", () => {
    defineUnitRule({
      id: "vi-du.k4",
      label: "Tỷ lệ",
      versions: [
        {
          from: "2022-02-10",
          basis,
          findings,
          // @ts-expect-error "DAT_MOT_PHAN" is not one of the rule's findings
          decide: (u) => (u.registered >= u.total ? "DAT" : "DAT_MOT_PHAN"),
        },
      ],
    });
    defineRule({
      id: "vi-du.k5",
      label: "Tỷ lệ",
      versions: [
        {
          from: "2022-02-10",
          basis,
          findings,
          // @ts-expect-error "KHAC" is not one of the rule's findings
          decide: (u: Unit) => (u.total > 0 ? "DAT" : "KHAC"),
        },
      ],
    });
  });

  it("rejects a parameter read with the wrong type, or by its id", () => {
    defineUnitRule({
      id: "vi-du.k4",
      label: "Tỷ lệ",
      versions: [
        {
          from: "2022-02-10",
          basis,
          findings,
          decide: (u, ctx) => {
            // @ts-expect-error the ratio is a number, not a string
            const s: string = ctx.param(RATIO);
            // @ts-expect-error parameters are passed as objects, not string ids
            ctx.param("vi_du.ty_le");
            return s.length > u.total ? "DAT" : "THIEU";
          },
        },
      ],
    });
  });
});
