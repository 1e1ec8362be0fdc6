/**
 * "Khen thưởng": the award proposals checked against the award rules (Bằng khen, Giấy khen, Kỷ niệm chương),
 * as `antq khen-thuong` does (./awards.ts in the worker): the counts per form and level, and each proposal's
 * outcome with its reasons and citations.
 */
import { formatNumber } from "@antq/format-vi";
import { useState } from "react";
import type { AwardProposals } from "./awards.js";
import { CycleFiles, JsonDownload } from "./CycleScreen.js";
import { IssuesTable } from "./FileDrop.js";
import type { CycleReport } from "./plan.js";
import { ScrollRegion } from "./ScrollRegion.js";
import { templateOfKind } from "./templates.js";

export const AwardsScreen = (props: {
  readonly report: CycleReport<AwardProposals> | undefined;
  readonly busy: boolean;
  readonly onRun: (files: readonly File[]) => void;
  /** Which configuration is in force ("Tra cứu quy định"). */
  readonly inForce?: string | undefined;
}) => {
  const [files, setFiles] = useState<File[]>([]);
  const { report } = props;
  const view = report?.ok ? report.document : undefined;
  const o = view?.document.summary.outcomes;
  return (
    <section aria-labelledby="tieu-de-khen-thuong">
      <h2 id="tieu-de-khen-thuong">Xét điều kiện khen thưởng</h2>
      <div className="columns">
        <CycleFiles
          busy={props.busy}
          files={files}
          onFiles={setFiles}
          prompt={`Danh sách đề nghị khen thưởng theo ${templateOfKind("de-nghi-khen-thuong")}: .xlsx có trang “Đề nghị khen thưởng”, tệp .csv tương ứng, hoặc một tệp .json (trường “proposals”)`}
        />
        <div className="card">
          <h3>Cách xét</h3>
          <p>
            Giống lệnh <code>antq khen-thuong</code>: điều kiện của Bằng khen, Giấy khen, Kỷ niệm chương theo
            văn bản quốc gia; điều kiện chưa có văn bản được đánh dấu cần xem xét, trừ khi tỉnh có quy định.
          </p>
          <p data-testid="awards-config">
            Cấu hình đang áp dụng: <strong>{props.inForce ?? "chỉ văn bản quốc gia"}</strong>. Tệp cấu hình
            khen thưởng của tỉnh nạp ở “Tra cứu quy định”.
          </p>
          <button
            type="button"
            className="primary"
            disabled={props.busy || files.length === 0}
            onClick={() => props.onRun(files)}
          >
            Xét điều kiện
          </button>
        </div>
      </div>
      {report && !report.ok && (
        <section className="card" aria-labelledby="tieu-de-loi-khen">
          <h3 id="tieu-de-loi-khen">Dữ liệu có lỗi: chưa xét điều kiện</h3>
          <IssuesTable issues={report.issues} />
        </section>
      )}
      {view && o && (
        <section className="card" aria-labelledby="tieu-de-ket-qua-khen">
          <div className="row spread">
            <h3 id="tieu-de-ket-qua-khen">
              {formatNumber(view.document.summary.total)} đề nghị ({view.recipients})
            </h3>
            <JsonDownload
              name="de-nghi-khen-thuong.json"
              label="Tải kết quả xét (JSON)"
              value={view.document}
            />
          </div>
          <p data-testid="awards-total">
            Đủ điều kiện {formatNumber(o.dat)}; chưa đủ điều kiện {formatNumber(o.chua_dat)}; cần xem xét{" "}
            {formatNumber(o.can_xem_xet)}; không áp dụng {formatNumber(o.khong_ap_dung)}.
          </p>
          <p data-testid="awards-result-config">Kết quả này xét theo: {view.configuration}.</p>
          <ul>
            {view.document.summary.groups.map((g) => (
              <li key={g.text}>
                {g.text} — đủ điều kiện {formatNumber(g.outcomes.dat)}, chưa đủ{" "}
                {formatNumber(g.outcomes.chua_dat)}, cần xem xét {formatNumber(g.outcomes.can_xem_xet)}
              </li>
            ))}
          </ul>
          <ScrollRegion label="Từng đề nghị">
            <table className="counts">
              <caption>Từng đề nghị</caption>
              <thead>
                <tr>
                  <th scope="col">Mã</th>
                  <th scope="col">Tập thể, cá nhân</th>
                  <th scope="col">Cấp khen thưởng</th>
                  <th scope="col">Kết quả</th>
                  <th scope="col">Lý do</th>
                </tr>
              </thead>
              <tbody>
                {view.document.proposals.map((p) => (
                  <tr key={p.id} data-proposal={p.id}>
                    <td>{p.id}</td>
                    <th scope="row">{p.recipientName}</th>
                    <td>{p.issuerName}</td>
                    <td className="outcome">{p.outcomeTitle}</td>
                    <td>
                      {p.reasons
                        .filter((r) => r.outcome !== "dat")
                        .map((r) => r.text)
                        .join(" ")}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </section>
      )}
    </section>
  );
};
