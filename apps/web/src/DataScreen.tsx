/** Screen 1: open the data (drop or pick a file), download empty templates, see validation problems. */
import { TEMPLATE_KINDS } from "@antq/sheets";
import { useState } from "react";
import { saveBlob } from "./download.js";
import type { LoadReport } from "./engine.js";
import { FileDrop, IssuesTable } from "./FileDrop.js";
import { unexpectedMessage } from "./outcome.js";
import type { ProvinceView } from "./province.js";
import { SheetViews } from "./SheetViews.js";
import { type TemplateKind, templateFile, templateKindLabel } from "./templates.js";

export const DataScreen = (props: {
  readonly load: LoadReport | undefined;
  readonly busy: boolean;
  readonly onFile: (file: File) => void;
  readonly onAssess: (year: number) => void;
  /** The province configuration loaded (none: the national rules and default readings). */
  readonly province?: ProvinceView | undefined;
  /** Opens "Tra cứu quy định", where the province settings file is loaded. */
  readonly onProvince?: () => void;
}) => {
  const { load } = props;
  const [year, setYear] = useState<number>();
  const [templateError, setTemplateError] = useState<string>();
  const chosenYear = year ?? load?.year ?? load?.years[load.years.length - 1];

  const [sheetsKind, setSheetsKind] = useState<string>(TEMPLATE_KINDS[1]);
  const download = async (kind: TemplateKind, sheets?: string) => {
    setTemplateError(undefined);
    try {
      const file = await templateFile(kind, sheets);
      saveBlob(file.name, file.blob);
    } catch (e) {
      setTemplateError(unexpectedMessage("tạo tệp mẫu", e));
    }
  };

  return (
    <section aria-labelledby="tieu-de-du-lieu">
      <h2 id="tieu-de-du-lieu">Mở dữ liệu của đơn vị</h2>
      <div className="columns">
        <FileDrop
          busy={props.busy}
          onFiles={([file]) => file && props.onFile(file)}
          prompt="Kéo thả tệp Excel (.xlsx), CSV hoặc JSON vào đây, hoặc"
          button="Chọn tệp dữ liệu…"
        >
          <p className="hint">Tệp được đọc ngay trong trình duyệt, không tải lên máy chủ nào.</p>
          <p className="hint" data-testid="province-in-force">
            Cấu hình của tỉnh:{" "}
            {props.province?.file
              ? `“${props.province.file}”${props.province.province ? ` (${props.province.province})` : ""}`
              : "chưa nạp (cách hiểu mặc định)"}
            .{" "}
            {props.onProvince && (
              <button type="button" className="link" onClick={props.onProvince}>
                Nạp hoặc xem cấu hình của tỉnh
              </button>
            )}
          </p>
        </FileDrop>
        <div className="card">
          <h3>Tải mẫu nhập liệu trống</h3>
          <p>Tải mẫu, điền dữ liệu rồi mở lại tệp tại đây.</p>
          <div className="stack">
            <button type="button" onClick={() => download("xlsx")}>
              Mẫu Excel (tất cả các trang)
            </button>
            <button type="button" onClick={() => download("csv")}>
              Mẫu CSV “Đơn vị và dữ kiện”
            </button>
            <button type="button" onClick={() => download("json")}>
              Lược đồ JSON
            </button>
            <label>
              Mẫu Excel theo loại{" "}
              <select value={sheetsKind} onChange={(e) => setSheetsKind(e.target.value)}>
                {TEMPLATE_KINDS.filter((k) => k !== "tat-ca").map((k) => (
                  <option key={k} value={k}>
                    {templateKindLabel(k)}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" onClick={() => download("xlsx", sheetsKind)}>
              Tải mẫu đã chọn
            </button>
          </div>
          {templateError && <p role="alert">{templateError}</p>}
        </div>
      </div>

      {load && (
        <section aria-labelledby="tieu-de-kiem-tra" className="card">
          <h3 id="tieu-de-kiem-tra">Kết quả kiểm tra tệp “{load.file}”</h3>
          <p>
            {load.units.toLocaleString("vi-VN")} đơn vị, {load.facts.toLocaleString("vi-VN")} dòng dữ kiện
            {load.adminUnits > 0 &&
              `, ${load.adminUnits.toLocaleString("vi-VN")} đơn vị hành chính (lưu vào kho cùng năm, để báo cáo theo dõi xã sắp xếp năm 2025)`}
            ; <strong>{load.errors.toLocaleString("vi-VN")} lỗi</strong>,{" "}
            {load.warnings.toLocaleString("vi-VN")} cảnh báo.
            {load.errors > 0 && " Các dòng lỗi không được đánh giá: sửa trong tệp rồi mở lại."}
          </p>
          {load.issues.length > 0 && <IssuesTable issues={load.issues} />}
          {load.sheets.length > 0 && <SheetViews sheets={load.sheets} />}
          <div className="row">
            {load.years.length > 1 && (
              <label>
                Năm đánh giá{" "}
                <select value={chosenYear} onChange={(e) => setYear(Number(e.target.value))}>
                  {load.years.map((y) => (
                    <option key={y} value={y}>
                      {y}
                    </option>
                  ))}
                </select>
              </label>
            )}
            <button
              type="button"
              className="primary"
              disabled={props.busy || chosenYear === undefined}
              onClick={() => chosenYear !== undefined && props.onAssess(chosenYear)}
            >
              Đánh giá{chosenYear !== undefined ? ` năm ${chosenYear}` : ""}
            </button>
          </div>
        </section>
      )}
    </section>
  );
};
