/** Screen 1: open the data (drop or pick a file), download empty templates, see validation problems. */
import { useId, useState } from "react";
import { saveBlob } from "./download.js";
import type { LoadReport } from "./engine.js";
import { ScrollRegion } from "./ScrollRegion.js";
import type { TemplateKind } from "./templates.js";

const place = (i: LoadReport["issues"][number]) =>
  [
    i.sheet ? `Trang “${i.sheet}”` : undefined,
    i.row !== undefined ? `dòng ${i.row}` : undefined,
    i.column ? `cột ${i.column}${i.header ? ` (${i.header})` : ""}` : i.path ? `mục ${i.path}` : undefined,
  ]
    .filter(Boolean)
    .join(", ");

export const DataScreen = (props: {
  readonly load: LoadReport | undefined;
  readonly busy: boolean;
  readonly onFile: (file: File) => void;
  readonly onAssess: (year: number) => void;
}) => {
  const { load } = props;
  const inputId = useId();
  const [over, setOver] = useState(false);
  const [year, setYear] = useState<number>();
  const [templateError, setTemplateError] = useState<string>();
  const chosenYear = year ?? load?.year ?? load?.years[load.years.length - 1];

  const download = async (kind: TemplateKind) => {
    setTemplateError(undefined);
    try {
      const { templateFile } = await import("./templates.js");
      const file = await templateFile(kind);
      saveBlob(file.name, file.blob);
    } catch (e) {
      setTemplateError(`Không tạo được tệp mẫu: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  return (
    <section aria-labelledby="tieu-de-du-lieu">
      <h2 id="tieu-de-du-lieu">Mở dữ liệu của đơn vị</h2>
      <div className="columns">
        {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping a file is an extra; the "Chọn tệp" button is the keyboard path */}
        <div
          className={`drop${over ? " over" : ""}`}
          onDragOver={(e) => {
            e.preventDefault();
            setOver(true);
          }}
          onDragLeave={() => setOver(false)}
          onDrop={(e) => {
            e.preventDefault();
            setOver(false);
            const file = e.dataTransfer.files[0];
            if (file) props.onFile(file);
          }}
        >
          <p>Kéo thả tệp Excel (.xlsx), CSV hoặc JSON vào đây, hoặc</p>
          <label htmlFor={inputId} className="button primary">
            Chọn tệp dữ liệu…
          </label>
          <input
            id={inputId}
            className="visually-hidden-input"
            type="file"
            accept=".xlsx,.csv,.json,.txt"
            disabled={props.busy}
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) props.onFile(file);
              e.target.value = "";
            }}
          />
          <p className="hint">Tệp được đọc ngay trong trình duyệt, không tải lên máy chủ nào.</p>
        </div>
        <div className="card">
          <h3>Tải mẫu nhập liệu trống</h3>
          <p>
            Giống lệnh <code>antq mau</code>: điền rồi mở lại tại đây.
          </p>
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
          </div>
          {templateError && <p role="alert">{templateError}</p>}
        </div>
      </div>

      {load && (
        <section aria-labelledby="tieu-de-kiem-tra" className="card">
          <h3 id="tieu-de-kiem-tra">Kết quả kiểm tra tệp “{load.file}”</h3>
          <p>
            {load.units.toLocaleString("vi-VN")} đơn vị, {load.facts.toLocaleString("vi-VN")} dòng dữ kiện;{" "}
            <strong>{load.errors.toLocaleString("vi-VN")} lỗi</strong>,{" "}
            {load.warnings.toLocaleString("vi-VN")} cảnh báo.
            {load.errors > 0 && " Các dòng lỗi không được đánh giá: sửa trong tệp rồi mở lại."}
          </p>
          {load.issues.length > 0 && (
            <ScrollRegion label="Lỗi và cảnh báo theo vị trí">
              <table className="issues">
                <caption className="visually-hidden">Lỗi và cảnh báo theo vị trí</caption>
                <thead>
                  <tr>
                    <th scope="col">Mức</th>
                    <th scope="col">Vị trí</th>
                    <th scope="col">Nội dung</th>
                  </tr>
                </thead>
                <tbody>
                  {load.issues.map((i, n) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list, shown once per file read
                    <tr key={`${n}-${i.code}`} className={i.severity}>
                      <td>{i.severity === "error" ? "Lỗi" : "Cảnh báo"}</td>
                      <td>{place(i)}</td>
                      <td>{i.message}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          )}
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
