/**
 * "Kế hoạch, chỉ tiêu": progress of the plans against their targets, as `antq ke-hoach` computes it
 * (./plan.ts in the worker): per plan the count targets by year and kind, the ward-police share per city with
 * its roadmap, and what needs review — the texts of @antq/sheets' document.
 */
import { formatNumber, formatRatioWithPercent } from "@antq/format-vi";
import type { PlanProgressDocument } from "@antq/sheets";
import { useState } from "react";
import { saveBlob } from "./download.js";
import { FileDrop, FilePick, IssuesTable } from "./FileDrop.js";
import type { CycleReport } from "./plan.js";
import { ScrollRegion } from "./ScrollRegion.js";

/** A document's JSON as a download, as the CLI writes it next to its workbook. */
export const JsonDownload = (props: {
  readonly name: string;
  readonly label: string;
  readonly value: unknown;
}) => (
  <button
    type="button"
    onClick={() =>
      saveBlob(
        props.name,
        new Blob([`${JSON.stringify(props.value, null, 2)}\n`], { type: "application/json" }),
      )
    }
  >
    {props.label}
  </button>
);

/** The files of a cycle screen: picked, listed, then computed on request. */
export const CycleFiles = (props: {
  readonly busy: boolean;
  readonly prompt: string;
  readonly files: readonly File[];
  readonly onFiles: (files: File[]) => void;
}) => (
  <FileDrop busy={props.busy} multiple onFiles={props.onFiles} prompt={props.prompt} button="Chọn tệp…">
    {props.files.length > 0 && (
      <p className="hint" data-testid="chosen-files">
        Đã chọn: {props.files.map((f) => f.name).join(", ")}
      </p>
    )}
  </FileDrop>
);

export const PlanScreen = (props: {
  readonly report: CycleReport<PlanProgressDocument> | undefined;
  readonly busy: boolean;
  readonly onRun: (files: readonly File[], admin: File | undefined, year: number | undefined) => void;
}) => {
  const [files, setFiles] = useState<File[]>([]);
  const [admin, setAdmin] = useState<File>();
  const [year, setYear] = useState("");
  const { report } = props;
  return (
    <section aria-labelledby="tieu-de-ke-hoach">
      <h2 id="tieu-de-ke-hoach">Tiến độ thực hiện kế hoạch, chỉ tiêu</h2>
      <div className="columns">
        <CycleFiles
          busy={props.busy}
          files={files}
          onFiles={setFiles}
          prompt="Tệp kế hoạch và đăng ký điển hình: một tệp .xlsx (các trang “Kế hoạch”, “Chỉ tiêu số lượng”, “Chỉ tiêu tỷ lệ”, “Đăng ký điển hình”) hoặc các tệp .csv tương ứng"
        />
        <div className="card">
          <h3>Tùy chọn</h3>
          <p>
            Giống lệnh <code>antq ke-hoach</code>.
          </p>
          <div className="stack">
            <FilePick
              label="Đơn vị hành chính (CSV, để tính tỷ lệ Công an phường theo địa bàn)…"
              accept=".csv"
              busy={props.busy}
              file={admin}
              onFile={setAdmin}
            />
            <label>
              Tính đến hết năm{" "}
              <input
                type="number"
                inputMode="numeric"
                min={2000}
                max={2100}
                value={year}
                placeholder="năm đăng ký mới nhất"
                className="year"
                onChange={(e) => setYear(e.target.value)}
              />
            </label>
            <button
              type="button"
              className="primary"
              disabled={props.busy || files.length === 0}
              onClick={() => props.onRun(files, admin, year === "" ? undefined : Number(year))}
            >
              Tính tiến độ
            </button>
          </div>
        </div>
      </div>
      {report && !report.ok && (
        <section className="card" aria-labelledby="tieu-de-loi-ke-hoach">
          <h3 id="tieu-de-loi-ke-hoach">Dữ liệu có lỗi: chưa tính tiến độ</h3>
          <IssuesTable issues={report.issues} />
        </section>
      )}
      {report?.ok && (
        <section className="card" aria-labelledby="tieu-de-tien-do">
          <div className="row spread">
            <h3 id="tieu-de-tien-do">Kết quả đến hết năm {report.document.reportYear}</h3>
            <JsonDownload name="ket-qua-ke-hoach.json" label="Tải tiến độ (JSON)" value={report.document} />
          </div>
          {report.document.plans.map((plan) => (
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
          ))}
        </section>
      )}
    </section>
  );
};
