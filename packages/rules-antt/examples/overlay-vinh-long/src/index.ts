/**
 * VÍ DỤ MINH HOẠ — KHÔNG PHẢI QUY ĐỊNH THẬT.
 *
 * An example province overlay for the "An toàn về ANTT" standard, as a province package would publish it
 * (e.g. `@antq/rules-vinh-long`). The provincial decision cited below is FICTIONAL ("9999/2025/QĐ-UBND"): it
 * only shows how a real one (TT 124 Điều 8 khoản 1: the provincial People's Committee may add criteria) is
 * encoded, cited and tested.
 *
 * What it does, from 01/01/2025:
 * 1. adds a commune criterion "không có tụ điểm ma tuý" read from the provincial extension fact
 *    `facts.extensions["vinh-long.tu-diem-ma-tuy"]`;
 * 2. raises the Điều 5 khoản 4 threshold from 70% to 80%;
 * 3. decides the reading of "kiềm chế, kéo giảm" as "không tăng".
 */
import { cite, defineOverlay, defineRule, type Overlay } from "@antq/rules";
import { COMMUNE_RECOGNISED_MIN, REDUCTION_READING, type SecurityOrderInput, tt124 } from "@antq/rules-antt";

/** The package that publishes this overlay (recorded in every result). */
export const VINH_LONG_PACKAGE = { name: "@antq/rules-vinh-long-vi-du", version: "0.1.0" } as const;

/** The (fictional) provincial decision. */
export const QD_VI_DU = cite(
  "9999/2025/QĐ-UBND",
  { article: 3 },
  {
    label: "Quyết định của UBND tỉnh Vĩnh Long ban hành tiêu chí bổ sung (VÍ DỤ, văn bản giả định)",
    confidence: "not_found",
    note: "Văn bản giả định để minh hoạ cách viết gói bổ sung; không có hiệu lực pháp lý.",
  },
);

/** Extension fact key used by the added criterion. */
export const DRUG_HOTSPOT_FACT = "vinh-long.tu-diem-ma-tuy";

/** Added criterion (TT 124 Điều 8 khoản 1 + the provincial decision). */
export const noDrugHotspot = defineRule<SecurityOrderInput>({
  id: "vinh-long.xa.khong_co_tu_diem_ma_tuy",
  label: "Không có tụ điểm phức tạp về ma tuý trên địa bàn (tiêu chí bổ sung của tỉnh — ví dụ)",
  kinds: ["commune"],
  versions: [
    {
      from: "2025-01-01",
      basis: [tt124(8, 1), QD_VI_DU],
      inputs: [`facts.extensions[${DRUG_HOTSPOT_FACT}]`],
      findings: {
        KHONG_CO: { outcome: "dat", message: "Không có tụ điểm phức tạp về ma tuý" },
        CO_TU_DIEM: {
          outcome: "chua_dat",
          message: (i) => `Còn ${String(i.facts.extensions?.[DRUG_HOTSPOT_FACT])} tụ điểm phức tạp về ma tuý`,
        },
        THIEU_DU_LIEU: {
          outcome: "can_xem_xet",
          message: "Chưa có số liệu tụ điểm ma tuý (dữ kiện bổ sung của tỉnh)",
        },
      },
      decide: (i) => {
        const v = i.facts.extensions?.[DRUG_HOTSPOT_FACT];
        if (typeof v !== "number") return "THIEU_DU_LIEU";
        return v > 0 ? "CO_TU_DIEM" : "KHONG_CO";
      },
      facts: (i) => ({ tuDiemMaTuy: i.facts.extensions?.[DRUG_HOTSPOT_FACT] ?? null }),
    },
  ],
});

/** The overlay. Compose it with `compile(securityOrderRuleSet, { year, overlays: [vinhLongOverlay] })`. */
export const vinhLongOverlay: Overlay<SecurityOrderInput> = defineOverlay<SecurityOrderInput>({
  id: "vinh-long-vi-du",
  label: "Tiêu chí bổ sung của tỉnh Vĩnh Long (VÍ DỤ MINH HOẠ)",
  description: "Gói ví dụ; văn bản căn cứ là giả định.",
  package: VINH_LONG_PACKAGE,
  basis: [tt124(8, 1), QD_VI_DU],
  from: "2025-01-01",
  addRules: [noDrugHotspot],
  setParameters: [
    { id: COMMUNE_RECOGNISED_MIN.id, values: [{ from: "2025-01-01", value: 80, basis: QD_VI_DU }] },
  ],
  setInterpretations: [{ id: REDUCTION_READING.id, default: "khong_tang", basis: QD_VI_DU }],
});
