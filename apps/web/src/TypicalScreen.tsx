/**
 * "Điển hình": the units eligible to be built as điển hình in a year from the previous year's classification and
 * "An toàn về ANTT" outcomes, the units chosen (registrations) and the plan's targets, as `antq dien-hinh`
 * computes them (./typical.ts in the worker).
 */
import { formatNumber } from "@antq/format-vi";
import type { TypicalDocument } from "@antq/sheets";
import { useState } from "react";
import { CycleScreen, chosenYear, YearInput } from "./CycleScreen.js";
import { FilePick } from "./FileDrop.js";
import type { CycleReport } from "./plan.js";
import { ScrollRegion } from "./ScrollRegion.js";

const eligibleText = (e: boolean | null) =>
  e === true ? "đủ điều kiện" : e === false ? "chưa đủ điều kiện" : "chưa có kết quả phân loại";

export const TypicalScreen = (props: {
  readonly report: CycleReport<TypicalDocument> | undefined;
  readonly busy: boolean;
  readonly onRun: (files: readonly File[], admin: File | undefined, year: number | undefined) => void;
  /** Which rule is in force ("Tra cứu quy định"). */
  readonly inForce?: string | undefined;
}) => {
  const [admin, setAdmin] = useState<File>();
  const [year, setYear] = useState("");
  return (
    <CycleScreen
      id="dien-hinh"
      title="Lựa chọn đơn vị xây dựng điển hình"
      prompt="Kết quả phân loại năm trước (JSON của antq phan-loai), kết quả đánh giá An toàn về ANTT năm trước (JSON của antq danh-gia, không bắt buộc), và tệp kế hoạch, đăng ký điển hình (.xlsx hoặc .csv)"
      command={
        <>
          Giống lệnh <code>antq dien-hinh</code>. Điều kiện chọn đang áp dụng:{" "}
          <strong data-testid="typical-config">
            {props.inForce ?? "điều kiện chọn ví dụ của @antq/criteria"}
          </strong>
          ; tệp điều kiện của tỉnh (như <code>--cau-hinh</code>) nạp ở “Tra cứu quy định”.
        </>
      }
      busy={props.busy}
      options={
        <>
          <FilePick
            label="Đơn vị hành chính (CSV, xã mới xét theo xã cũ khi sắp xếp 2025)…"
            accept=".csv"
            busy={props.busy}
            file={admin}
            onFile={setAdmin}
          />
          <YearInput
            label="Năm xây dựng điển hình"
            placeholder="năm sau năm phân loại"
            value={year}
            onChange={setYear}
          />
        </>
      }
      runLabel="Chọn điển hình"
      onRun={(files) => props.onRun(files, admin, chosenYear(year))}
      report={props.report}
      stopped="chưa chọn điển hình"
      result={(doc) => ({
        title: `Điển hình năm ${doc.planYear} (căn cứ kết quả phân loại năm ${doc.fromYear})`,
        json: { name: "ket-qua-dien-hinh.json", label: "Tải kết quả chọn điển hình (JSON)" },
      })}
    >
      {(doc) => (
        <>
          <p data-testid="typical-result-config">
            Kết quả này chọn theo: {doc.rule.label} (
            {doc.rule.example ? "cấu hình ví dụ" : "cấu hình của tỉnh"}).
          </p>
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
        </>
      )}
    </CycleScreen>
  );
};
