/**
 * The names the engine's TSDoc examples use, bound to a small khu dân cư rule set: `Unit`-typed `unit`, the
 * parameter `ratio`, the rule `dangKy`, the interpretation `option`, the set `ruleSet` and its `compiled` form.
 */
import { z } from "zod";
import {
  type CompiledRuleSet,
  cite,
  compile,
  defineInterpretation,
  defineOverlay,
  defineParameter,
  defineRule,
  defineRuleSet,
  parameterValueAt,
  type RuleContext,
  type RuleSet,
} from "../../src/index.js";

export interface Unit {
  readonly kind: string;
  readonly id: string;
  readonly registered: number;
  readonly total: number;
}

export function exampleFixtures(): Record<string, unknown> {
  const basis = cite("124/2021/TT-BCA", { article: 4, clause: 1 });
  const pkg = { name: "@antq/rules-vi-du", version: "0.1.0" };
  const kinds = [{ id: "khu_dan_cu", label: "Khu dân cư" }];
  const ratio = defineParameter({
    id: "tt124.ty_le_cong_nhan_toi_thieu",
    label: "Tỷ lệ tối thiểu đơn vị được công nhận",
    unit: "phần trăm",
    schema: z.number().int().min(0).max(100),
    values: [{ from: "2022-02-10", value: 70, basis: cite("124/2021/TT-BCA", { article: 5, clause: 4 }) }],
  });
  const NGUONG = ratio;
  const dangKy = defineRule({
    id: "tt124.d4.k1",
    label: "Nghị quyết, đăng ký và 100% hộ gia đình đăng ký tham gia",
    kinds: ["khu_dan_cu"],
    versions: [
      {
        from: "2022-02-10",
        basis,
        findings: {
          DAT: { outcome: "dat", message: "Đủ điều kiện" },
          THIEU_HO: { outcome: "chua_dat", message: "Chưa đủ 100% hộ đăng ký" },
        },
        decide: (u: Unit) => (u.registered >= u.total ? "DAT" : "THIEU_HO"),
      },
    ],
  });
  const v = dangKy.versions[0];
  const option = defineInterpretation({
    id: "tt124.d4.k4.a.kiem_che_keo_giam",
    label: "Cách hiểu “kiềm chế, kéo giảm … so với năm trước”",
    basis: cite("124/2021/TT-BCA", { article: 4, clause: 4, point: "a" }),
    choices: [
      { id: "giam", label: "Phải giảm so với năm trước" },
      { id: "khong_tang", label: "Không tăng so với năm trước" },
    ],
    default: null,
  });
  const TEAM_CAP_READING = defineInterpretation({
    id: "hd01.ty_le_xuat_sac",
    label: "Giới hạn 20% tổ xuất sắc",
    basis: cite("22/HD-BCA-V05", {}),
    choices: [
      { id: "chi_hoan_thanh_tot", label: "Chỉ tính tổ hoàn thành tốt" },
      { id: "tat_ca", label: "Tính mọi tổ" },
    ],
    default: null,
  });
  const ruleSet: RuleSet<Unit> = defineRuleSet<Unit>({
    id: "vi-du",
    label: "Bộ quy tắc ví dụ",
    package: pkg,
    kinds,
    kindOf: (u) => u.kind,
    idOf: (u) => u.id,
    rules: [dangKy],
    parameters: [ratio],
    interpretations: [option],
  });
  const compiled: CompiledRuleSet<Unit> = compile(ruleSet, { year: 2025 });
  const unit: Unit = { kind: "khu_dan_cu", id: "kdc-ap-my-loi", registered: 315, total: 315 };
  const ctx: RuleContext = {
    asOf: "2025-12-31",
    year: 2025,
    param: (p) => parameterValueAt(p, "2025-12-31")?.value as never,
    reading: () => null,
    outcome: () => undefined,
  };
  const khongCoTuDiemMaTuy = defineRule({
    id: "vi-du.khong_co_tu_diem_ma_tuy",
    label: "Không có tụ điểm ma tuý",
    versions: [
      {
        from: "2025-01-01",
        basis: cite("9999/2025/QĐ-UBND", { article: 3 }),
        findings: { DAT: { outcome: "dat", message: "Không có tụ điểm" } },
        decide: () => "DAT",
      },
    ],
  });
  const overlay = defineOverlay<Unit>({
    id: "vi-du-tinh",
    label: "Gói bổ sung ví dụ",
    package: { name: "@antq/rules-vi-du-tinh", version: "0.1.0" },
    basis: [cite("9999/2025/QĐ-UBND", { article: 3 })],
    from: "2025-01-01",
    addRules: [khongCoTuDiemMaTuy],
  });
  const bangDiemCapXa = defineParameter({
    id: "vi_du.bang_diem_cap_xa",
    label: "Bảng điểm cấp xã",
    values: [{ from: "2024-01-01", value: { max: 100 }, basis: cite("510/QĐ-BCA-V05", {}) }],
  });
  const findings = v?.findings;
  const decide = v?.decide;
  return {
    z,
    findings,
    decide,
    choices: option.choices,
    nguong: ratio,
    now: 3,
    prev: 5,
    basis,
    b: basis,
    pkg,
    kinds,
    ratio,
    NGUONG,
    dangKy,
    v,
    option,
    TEAM_CAP_READING,
    ruleSet,
    set: ruleSet,
    compiled,
    unit,
    units: [unit, { ...unit, id: "kdc-2", registered: 300 }],
    result: compiled.evaluate(unit, { explain: true }),
    ctx,
    suite: { suite: "vi-du", ruleSet: "vi-du", cases: [] },
    khongCoTuDiemMaTuy,
    overlay,
    bangDiemCapXa,
  };
}
