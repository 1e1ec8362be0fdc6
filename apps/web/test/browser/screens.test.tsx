/**
 * The main screens in a real browser, rendered with what the worker's modules compute in that browser from the
 * CLI's fixtures: the classification of two communes' score sheets, An Giang's plan progress (KH 10/KH-BCĐ-CAT),
 * and a plan file with a bad date refused at its place.
 */
import { act, type ReactNode } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, describe, expect, it } from "vitest";
import counts from "../../../cli/test/fixtures/cycle/an-giang/chi-tieu-so-luong.csv?raw";
import percents from "../../../cli/test/fixtures/cycle/an-giang/chi-tieu-ty-le.csv?raw";
import registrations from "../../../cli/test/fixtures/cycle/an-giang/dang-ky-dien-hinh.csv?raw";
import admin from "../../../cli/test/fixtures/cycle/an-giang/don-vi-hanh-chinh.csv?raw";
import plan from "../../../cli/test/fixtures/cycle/an-giang/ke-hoach.csv?raw";
import scoreSheets from "../../../cli/test/fixtures/hop-le/bang-diem-2024.json?raw";
import { ClassificationScreen } from "../../src/ClassificationScreen.js";
import { classifyFile } from "../../src/classification.js";
import { PlanScreen } from "../../src/PlanScreen.js";
import { planProgress } from "../../src/plan.js";

const bytes = (text: string) => new TextEncoder().encode(text);
let root: Root | undefined;
let host: HTMLElement | undefined;

const render = async (node: ReactNode) => {
  host = document.createElement("div");
  document.body.append(host);
  root = createRoot(host);
  await act(async () => root?.render(node));
  return host;
};

afterEach(() => {
  act(() => root?.unmount());
  host?.remove();
});

describe("screens", () => {
  it("Phân loại: the levels and each unit's points from the score sheets", async () => {
    const report = await classifyFile("bang-diem-2024.json", bytes(scoreSheets), new Map());
    expect(report.document.summary.total).toBe(2);
    const el = await render(
      <ClassificationScreen report={report} assessedYear={undefined} busy={false} onFile={() => {}} />,
    );
    const levels = [...el.querySelectorAll("table.levels tbody tr")].map((r) => r.textContent);
    expect(levels).toEqual(
      report.document.summary.levels.map(
        (l) => `${l.title}${l.units}/2 (${((100 * l.units) / 2).toFixed(1).replace(".", ",")}%)`,
      ),
    );
    expect(el.querySelector('tr[data-unit="C28261"]')?.textContent).toContain("Xã Mỹ Thành");
    expect(el.textContent).toContain("Chưa đánh giá “An toàn về an ninh, trật tự” trong phiên này");
  });

  it("Kế hoạch: An Giang's count targets and the ward-police roadmap", async () => {
    const files = [
      ["ke-hoach.csv", plan],
      ["chi-tieu-so-luong.csv", counts],
      ["chi-tieu-ty-le.csv", percents],
      ["dang-ky-dien-hinh.csv", registrations],
    ].map(([name, text]) => ({ name: name as string, bytes: bytes(text as string) }));
    const report = await planProgress(
      files,
      { name: "don-vi-hanh-chinh.csv", bytes: bytes(admin) },
      undefined,
    );
    expect(report.ok).toBe(true);
    const el = await render(<PlanScreen report={report} busy={false} onRun={() => {}} />);
    expect(el.querySelector("article.plan h4")?.textContent).toContain("Kế hoạch 10/KH-BCĐ-CAT");
    expect(el.textContent).toContain("Chỉ tiêu số lượng: đạt 14/16 đơn vị (87,5%).");
    expect(el.textContent).toContain("Thành phố Châu Đốc: 1/5 phường (20,0%), cần 2, còn thiếu 1.");
    const xa = [...el.querySelectorAll("table.counts tbody tr")].find(
      (r) => r.querySelector("th")?.textContent === "Xã",
    );
    expect(xa?.querySelector("td.ratio")?.textContent).toBe("6/6 (100,0%)");
  });

  it("Kế hoạch: a bad row stops the computation and is shown at its place", async () => {
    const broken = plan.replace("08/02/2023", "32/13/2023");
    const report = await planProgress([{ name: "ke-hoach.csv", bytes: bytes(broken) }], undefined, undefined);
    expect(report.ok).toBe(false);
    const el = await render(<PlanScreen report={report} busy={false} onRun={() => {}} />);
    expect(el.textContent).toContain("Dữ liệu có lỗi: chưa tính tiến độ");
    expect(el.querySelector("table.issues tbody tr")?.textContent).toMatch(/dòng 2/);
  });
});
