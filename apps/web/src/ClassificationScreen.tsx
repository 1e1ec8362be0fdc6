/**
 * "Phân loại phong trào": the score sheets of a file classified as `antq phan-loai` does (./classification.ts in
 * the worker): the units per level, each unit's points and level, what needs review, and the
 * `antq.classification/1` document to download.
 */
import { formatNumber, formatRatioWithPercent } from "@antq/format-vi";
import type { ClassificationReport } from "./classification.js";
import { saveBlob } from "./download.js";
import { FileDrop, IssuesTable } from "./FileDrop.js";
import { ScrollRegion } from "./ScrollRegion.js";

const share = (part: number, total: number) => (total === 0 ? "—" : formatRatioWithPercent(part, total));
const points = (x: number) => formatNumber(x, { maximumFractionDigits: 1 });

export const ClassificationScreen = (props: {
  readonly report: ClassificationReport | undefined;
  readonly assessedYear: number | undefined;
  readonly busy: boolean;
  readonly onFile: (file: File) => void;
  /** Which configuration is in force ("Tra cứu quy định"), before a file is classified. */
  readonly inForce?: string | undefined;
}) => {
  const { report } = props;
  const document = report?.document;
  return (
    <section aria-labelledby="tieu-de-phan-loai">
      <h2 id="tieu-de-phan-loai">Phân loại phong trào Toàn dân bảo vệ an ninh Tổ quốc</h2>
      <div className="columns">
        <FileDrop
          busy={props.busy}
          onFiles={([file]) => file && props.onFile(file)}
          prompt="Mở tệp bảng chấm điểm (.xlsx có trang “Bảng chấm điểm”, .csv hoặc .json)"
          button="Chọn tệp bảng chấm điểm…"
        />
        <div className="card">
          <h3>Cách phân loại</h3>
          <p>
            Giống lệnh <code>antq phan-loai</code>: chấm điểm theo bảng điểm và phân loại theo Quyết định
            510/QĐ-BCA-V05.
          </p>
          <p data-testid="classification-config">
            Cấu hình đang áp dụng: <strong>{props.inForce ?? "cấu hình ví dụ của @antq/criteria"}</strong>.
            Gói cấu hình phân loại của tỉnh được dựng kèm trang (xem “Tra cứu quy định”).
          </p>
          <p>
            {props.assessedYear !== undefined
              ? `Kết quả “An toàn về an ninh, trật tự” của từng đơn vị lấy từ lần đánh giá năm ${props.assessedYear} vừa thực hiện.`
              : "Chưa đánh giá “An toàn về an ninh, trật tự” trong phiên này: đơn vị cần kết quả đó sẽ ở trạng thái cần xem xét."}
          </p>
        </div>
      </div>
      {report && document && (
        <section className="card" aria-labelledby="tieu-de-ket-qua-phan-loai">
          <div className="row spread">
            <h3 id="tieu-de-ket-qua-phan-loai">Kết quả phân loại “{report.file}”</h3>
            <button
              type="button"
              onClick={() =>
                saveBlob(
                  "ket-qua-phan-loai.json",
                  new Blob([`${JSON.stringify(document, null, 2)}\n`], { type: "application/json" }),
                )
              }
            >
              Tải kết quả phân loại (JSON)
            </button>
          </div>
          <p data-testid="classification-total">
            {formatNumber(document.summary.total)} đơn vị được phân loại;{" "}
            <strong>{formatNumber(document.errors)} lỗi</strong> trong bảng điểm
            {report.withAssessment > 0 &&
              `; ${formatNumber(report.withAssessment)} đơn vị dùng kết quả đánh giá An toàn về ANTT`}
            .
          </p>
          <p data-testid="classification-result-config">
            Phân loại theo:{" "}
            {document.overlays && document.overlays.length > 0
              ? `cấu hình của tỉnh — ${document.overlays.map((o) => `${o.label} (${o.package.name} ${o.package.version})`).join("; ")}`
              : `${document.configuration} (cấu hình ví dụ, ngưỡng điểm cần xem xét)`}
            .
          </p>
          <table className="counts levels">
            <caption>Theo mức phân loại</caption>
            <thead>
              <tr>
                <th scope="col">Mức phân loại</th>
                <th scope="col">Số đơn vị/tổng số</th>
              </tr>
            </thead>
            <tbody>
              {document.summary.levels.map((l) => (
                <tr key={l.level} data-level={l.level}>
                  <th scope="row">{l.title}</th>
                  <td className="ratio">{share(l.units, document.summary.total)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {report.issues.length > 0 && <IssuesTable issues={report.issues} />}
          <ScrollRegion label="Kết quả từng đơn vị">
            <table className="units-classified">
              <caption>Kết quả từng đơn vị</caption>
              <thead>
                <tr>
                  <th scope="col">Mã</th>
                  <th scope="col">Tên đơn vị</th>
                  <th scope="col">Năm</th>
                  <th scope="col">Điểm</th>
                  <th scope="col">Mức theo điểm</th>
                  <th scope="col">Mức phân loại</th>
                  <th scope="col">Cần xem xét</th>
                </tr>
              </thead>
              <tbody>
                {document.units.map((u) => (
                  <tr key={`${u.unitId}-${u.year}`} data-unit={u.unitId}>
                    <td>{u.unitId}</td>
                    <td>{u.unitName ?? ""}</td>
                    <td>{u.year}</td>
                    <td className="num">
                      {points(u.points)}/{points(u.maxPoints)}
                    </td>
                    <td>{u.scoreLevelTitle}</td>
                    <td className="level">
                      {u.levelTitle}
                      {u.status === "can_xem_xet" ? " (cần xem xét)" : ""}
                    </td>
                    <td>{u.review.join(" ")}</td>
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
