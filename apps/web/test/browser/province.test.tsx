/**
 * "Tra cứu quy định" of a site built with a province package (ANTQ_GOI_TINH): the Vĩnh Long example overlay
 * composed in the browser by the worker's own modules (./src/province.ts, ./src/engine.ts), the screen showing
 * what the province changed with its legal basis, the province's criterion marked as the province's, and
 * nothing serious for axe-core.
 */
import axe from "axe-core";
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, describe, expect, it, vi } from "vitest";

vi.mock("../../src/client.js", async () => {
  const vinhLong = await import("../../../../packages/rules-antt/examples/overlay-vinh-long/src/index.js");
  const { ProvinceConfig, provincePackages } = await import("../../src/province.js");
  const { rulesCatalogue } = await import("../../src/engine.js");
  const province = new ProvinceConfig(provincePackages([{ specifier: "vinh-long", module: vinhLong }]));
  const worker = {
    rules: async (year: number) => ({ ok: true, value: rulesCatalogue(year, province.overlays) }),
    province: async () => ({ ok: true, value: province.view() }),
  };
  return { rulesWorker: () => worker, progressCallback: <F,>(f: F) => f };
});

let root: Root | undefined;
let host: HTMLElement | undefined;
afterEach(() => {
  act(() => root?.unmount());
  host?.remove();
});

describe("Tra cứu quy định with a province package built in", () => {
  it("shows what the province changed, on what legal basis, and marks the province's criterion", async () => {
    const { RulesScreen } = await import("../../src/RulesScreen.js");
    host = document.createElement("div");
    document.body.append(host);
    root = createRoot(host);
    await act(async () =>
      root?.render(
        <RulesScreen defaultYear={2025} busy={false} onSettings={() => {}} onClearSettings={() => {}} />,
      ),
    );
    const el = host;
    await vi.waitFor(() => expect(el.querySelector("article.overlay")).not.toBeNull());
    await vi.waitFor(() => expect(el.querySelector("ol.rules")).not.toBeNull());
    const card = el.querySelector('[data-testid="province"]')?.textContent ?? "";
    expect(card).toContain(
      "Bản web này được dựng kèm gói quy định của tỉnh (@antq/rules-vinh-long-vi-du@0.1.0); gói luôn được áp dụng",
    );
    const changes = [...el.querySelectorAll("article.overlay li")].map((li) => li.textContent);
    expect(changes).toHaveLength(3);
    expect(changes[1]).toMatch(
      /80 phần trăm từ 01\/01\/2025 \(quy định chung: 70\)\. Căn cứ: .*9999\/2025\/QĐ-UBND/,
    );
    const rules = el.querySelector("ol.rules")?.textContent ?? "";
    expect(rules).toContain("vinh-long.xa.khong_co_tu_diem_ma_tuy");
    expect(rules).toContain("(gói của tỉnh @antq/rules-vinh-long-vi-du@0.1.0)");
    const result = await axe.run(el, { resultTypes: ["violations"] });
    expect(
      result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id),
    ).toEqual([]);
  });
});
