/**
 * "Kế hoạch, chỉ tiêu": progress of the plans against their targets, as `antq ke-hoach` computes it
 * (./plan.ts in the worker): per plan the count targets by year and kind, the ward-police share per city with
 * its roadmap, and what needs review — the texts of @antq/sheets' document.
 */
import { formatNumber, formatRatioWithPercent } from "@antq/format-vi";
import type { PlanProgressDocument } from "@antq/sheets";
import { useState } from "react";
import { CycleScreen, chosenYear, YearInput } from "./CycleScreen.js";
import { FilePick } from "./FileDrop.js";
import type { CycleReport } from "./plan.js";
import { ScrollRegion } from "./ScrollRegion.js";

export const PlanScreen = (props: {
  readonly report: CycleReport<PlanProgressDocument> | undefined;
  readonly busy: boolean;
  readonly onRun: (files: readonly File[], admin: File | undefined, year: number | undefined) => void;
}) => {
  const [admin, setAdmin] = useState<File>();
  const [year, setYear] = useState("");
  return (
    <CycleScreen
      id="ke-hoach"
      title="Tiến độ thực hiện kế hoạch, chỉ tiêu"
      prompt="Tệp kế hoạch và đăng ký điển hình: một tệp .xlsx (các trang “Kế hoạch”, “Chỉ tiêu số lượng”, “Chỉ tiêu tỷ lệ”, “Đăng ký điển hình”) hoặc các tệp .csv tương ứng"
      command={
        <>
          Giống lệnh <code>antq ke-hoach</code>.
        </>
      }
      busy={props.busy}
      options={
        <>
          <FilePick
            label="Đơn vị hành chính (CSV, để tính tỷ lệ Công an phường theo địa bàn)…"
            accept=".csv"
            busy={props.busy}
            file={admin}
            onFile={setAdmin}
          />
          <YearInput
            label="Tính đến hết năm"
            placeholder="năm đăng ký mới nhất"
            value={year}
            onChange={setYear}
          />
        </>
      }
      runLabel="Tính tiến độ"
      onRun={(files) => props.onRun(files, admin, chosenYear(year))}
      report={props.report}
      stopped="chưa tính tiến độ"
      result={(doc) => ({
        title: `Kết quả đến hết năm ${doc.reportYear}`,
        json: { name: "ket-qua-ke-hoach.json", label: "Tải tiến độ (JSON)" },
      })}
    >
      {(doc) =>
        doc.plans.map((plan) => (
          <article key={plan.id} className="plan" data-plan={plan.id}>
            <h4>{plan.lines[0]}</h4>
            {plan.countTargets.length > 0 && (
              <ScrollRegion label={`Chỉ tiêu số lượng — ${plan.document}`}>
                <table className="counts">
                  <caption>Chỉ tiêu số lượng</caption>
                  <thead>
                    <tr>
                      <th scope="col">Đối tượng</th>
                      <th scope="col">Năm</th>
                      <th scope="col">Đạt/chỉ tiêu</th>
                      <th scope="col">Đăng ký</th>
                      <th scope="col">Còn thiếu</th>
                    </tr>
                  </thead>
                  <tbody>
                    {plan.countTargets.map((t) => (
                      <tr key={`${t.programme}-${t.subject}-${t.year}`} className={t.met ? "met" : "unmet"}>
                        <th scope="row">{t.subjectTitle}</th>
                        <td>{t.year}</td>
                        <td className="ratio">{formatRatioWithPercent(t.achieved, t.target)}</td>
                        <td className="num">{formatNumber(t.registered)}</td>
                        <td className="num">{formatNumber(t.shortfall)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollRegion>
            )}
            <ul className="plan-lines">
              {plan.lines.slice(1).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </article>
        ))
      }
    </CycleScreen>
  );
};
