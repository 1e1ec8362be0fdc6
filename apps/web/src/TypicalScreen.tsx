/**
 * "Điển hình": the units eligible to be built as điển hình in a year from the previous year's classification and
 * "An toàn về ANTT" outcomes, the units chosen (registrations) and the plan's targets, as `antq dien-hinh`
 * computes them (./typical.ts in the worker).
 */
import { formatNumber } from "@antq/format-vi";
import type { TypicalDocument } from "@antq/sheets";
import { useState } from "react";
import { IssuesTable } from "./FileDrop.js";
import { CycleFiles, JsonDownload } from "./PlanScreen.js";
import type { CycleReport } from "./plan.js";
import { ScrollRegion } from "./ScrollRegion.js";

const eligibleText = (e: boolean | null) =>
  e === true ? "đủ điều kiện" : e === false ? "chưa đủ điều kiện" : "chưa có kết quả phân loại";

export const TypicalScreen = (props: {
  readonly report: CycleReport<TypicalDocument> | undefined;
  readonly busy: boolean;
  readonly onRun: (files: readonly File[], year: number | undefined) => void;
}) => {
  const [files, setFiles] = useState<File[]>([]);
  const [year, setYear] = useState("");
  const { report } = props;
  const doc = report?.ok ? report.document : undefined;
  return (
    <section aria-labelledby="tieu-de-dien-hinh">
      <h2 id="tieu-de-dien-hinh">Lựa chọn đơn vị xây dựng điển hình</h2>
      <div className="columns">
        <CycleFiles
          busy={props.busy}
          files={files}
          onFiles={setFiles}
          prompt="Kết quả phân loại năm trước (JSON của antq phan-loai), kết quả đánh giá An toàn về ANTT năm trước (JSON của antq danh-gia, không bắt buộc), và tệp kế hoạch, đăng ký điển hình (.xlsx hoặc .csv)"
        />
        <div className="card">
          <h3>Tùy chọn</h3>
          <p>
            Giống lệnh <code>antq dien-hinh</code>, với điều kiện chọn ví dụ của @antq/criteria.
          </p>
          <div className="stack">
            <label>
              Năm xây dựng điển hình{" "}
              <input
                type="number"
                className="year"
                min={2000}
                max={2100}
                value={year}
                placeholder="năm sau năm phân loại"
                onChange={(e) => setYear(e.target.value)}
              />
            </label>
            <button
              type="button"
              className="primary"
              disabled={props.busy || files.length === 0}
              onClick={() => props.onRun(files, year === "" ? undefined : Number(year))}
            >
              Chọn điển hình
            </button>
          </div>
        </div>
      </div>
      {report && !report.ok && (
        <section className="card" aria-labelledby="tieu-de-loi-dien-hinh">
          <h3 id="tieu-de-loi-dien-hinh">Dữ liệu có lỗi: chưa chọn điển hình</h3>
          <IssuesTable issues={report.issues} />
        </section>
      )}
      {doc && (
        <section className="card" aria-labelledby="tieu-de-ket-qua-dien-hinh">
          <div className="row spread">
            <h3 id="tieu-de-ket-qua-dien-hinh">
              Điển hình năm {doc.planYear} (căn cứ kết quả phân loại năm {doc.fromYear})
            </h3>
            <JsonDownload
              name="ket-qua-dien-hinh.json"
              label="Tải kết quả chọn điển hình (JSON)"
              value={doc}
            />
          </div>
          <p data-testid="typical-total">
            Đủ điều kiện: {formatNumber(doc.summary.eligible)}/{formatNumber(doc.summary.considered)} đơn vị (
            {doc.summary.byKind
              .map((k) => `${k.title.toLocaleLowerCase("vi")} ${k.eligible}/${k.considered}`)
              .join(", ")}
            ).
          </p>
          <ScrollRegion label="Các đơn vị được xét">
            <table className="counts">
              <caption>Các đơn vị được xét</caption>
              <thead>
                <tr>
                  <th scope="col">Đơn vị</th>
                  <th scope="col">Loại</th>
                  <th scope="col">Mức phân loại năm trước</th>
                  <th scope="col">Kết quả</th>
                  <th scope="col">Lý do</th>
                </tr>
              </thead>
              <tbody>
                {doc.candidates.map((c) => (
                  <tr key={c.unitId} data-candidate={c.unitId}>
                    <th scope="row">{c.name ?? c.unitId}</th>
                    <td>{c.kindTitle}</td>
                    <td>{c.previousLevelTitle}</td>
                    <td className="eligible">{c.eligible ? "Đủ điều kiện" : "Chưa đủ điều kiện"}</td>
                    <td>{c.reasons.join(" ")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          {doc.chosen.length > 0 && (
            <>
              <h4>Đơn vị được chọn: {doc.chosen.length}</h4>
              <ul>
                {doc.chosen.map((u) => (
                  <li key={u.registrationId}>
                    {u.name} — {u.statusTitle}, {eligibleText(u.eligible)}
                  </li>
                ))}
              </ul>
            </>
          )}
          {doc.targets && (
            <ul>
              {doc.targets.map((t) => (
                <li key={`${t.subject}`}>
                  Chỉ tiêu {t.subjectTitle.toLocaleLowerCase("vi")}: {t.chosen}/{t.target}
                  {t.shortfall > 0
                    ? `, còn thiếu ${t.shortfall}`
                    : t.surplus > 0
                      ? `, vượt ${t.surplus}`
                      : ", đủ"}
                  .
                </li>
              ))}
            </ul>
          )}
          {doc.review.map((n) => (
            <p key={n.message}>Cần xem xét: {n.message}</p>
          ))}
        </section>
      )}
    </section>
  );
};
