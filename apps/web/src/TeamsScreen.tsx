/**
 * "Tổ bảo vệ ANTT": the yearly ratings of the Tổ bảo vệ an ninh, trật tự and their members per commune, with the
 * 20% cap on "Hoàn thành xuất sắc", as `antq to-bao-ve` computes them (./teams.ts in the worker).
 */
import { useEffect, useId, useState } from "react";
import { CycleFiles, JsonDownload } from "./CycleScreen.js";
import { rulesWorker } from "./client.js";
import { IssuesTable } from "./FileDrop.js";
import type { CycleReport } from "./plan.js";
import { ScrollRegion } from "./ScrollRegion.js";
import type { TeamRatings } from "./teams.js";
import { templateOfKind } from "./templates.js";

type Reading = { readonly label: string; readonly choices: readonly { id: string; label: string }[] };

export const TeamsScreen = (props: {
  readonly report: CycleReport<TeamRatings> | undefined;
  readonly busy: boolean;
  readonly onRun: (files: readonly File[], year: number, reading: string | null, enforce: boolean) => void;
}) => {
  const [files, setFiles] = useState<File[]>([]);
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [reading, setReading] = useState("");
  const [enforce, setEnforce] = useState(false);
  const [options, setOptions] = useState<Reading>();
  const readingId = useId();
  useEffect(() => {
    void rulesWorker().teamCapReading().then(setOptions);
  }, []);
  const { report } = props;
  const view = report?.ok ? report.document : undefined;
  return (
    <section aria-labelledby="tieu-de-to-bao-ve">
      <h2 id="tieu-de-to-bao-ve">Xếp loại Tổ bảo vệ an ninh, trật tự</h2>
      <div className="columns">
        <CycleFiles
          busy={props.busy}
          files={files}
          onFiles={setFiles}
          prompt={`Tệp Tổ bảo vệ ANTT theo ${templateOfKind("to-bao-ve")}: .xlsx có trang “Tổ bảo vệ ANTT” và trang thành viên, các tệp .csv tương ứng, hoặc một tệp .json (trường “communes”, “teams”)`}
        />
        <div className="card">
          <h3>Tùy chọn</h3>
          <p>
            Giống lệnh <code>antq to-bao-ve</code> (Luật 30/2023/QH15, Hướng dẫn 01/HD-BCA-V05).
          </p>
          <div className="stack">
            <label>
              Năm đánh giá (15/11 năm trước đến 14/11){" "}
              <input
                type="number"
                className="year"
                min={2024}
                max={2100}
                value={year}
                onChange={(e) => setYear(e.target.value)}
              />
            </label>
            <label htmlFor={readingId}>{options?.label ?? "Cách hiểu mức 20%"}</label>
            <select id={readingId} value={reading} onChange={(e) => setReading(e.target.value)}>
              <option value="">Chưa quyết định (áp dụng cách chặt hơn, cần xem xét)</option>
              {options?.choices.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.label}
                </option>
              ))}
            </select>
            <label>
              <input type="checkbox" checked={enforce} onChange={(e) => setEnforce(e.target.checked)} /> Hạ
              mức các Tổ, thành viên vượt tỷ lệ 20% thay vì chỉ báo
            </label>
            <button
              type="button"
              className="primary"
              disabled={props.busy || files.length === 0 || year === ""}
              onClick={() => props.onRun(files, Number(year), reading === "" ? null : reading, enforce)}
            >
              Xếp loại
            </button>
          </div>
        </div>
      </div>
      {report && !report.ok && (
        <section className="card" aria-labelledby="tieu-de-loi-to">
          <h3 id="tieu-de-loi-to">Dữ liệu có lỗi: chưa xếp loại</h3>
          <IssuesTable issues={report.issues} />
        </section>
      )}
      {view && (
        <section className="card" aria-labelledby="tieu-de-xep-loai">
          <div className="row spread">
            <h3 id="tieu-de-xep-loai">Kết quả xếp loại năm {view.document.year}</h3>
            <JsonDownload
              name="xep-loai-to-bao-ve.json"
              label="Tải kết quả xếp loại (JSON)"
              value={view.document}
            />
          </div>
          <p>Cách hiểu mức 20%: {view.reading}</p>
          <p data-testid="teams-total">
            {view.document.summary.communes} xã, phường. Tổ: {view.teams}. Thành viên: {view.members}.
            {view.document.summary.capsExceeded > 0 &&
              ` Vượt tỷ lệ 20%: ${view.document.summary.capsExceeded} lần — cần hạ mức hoặc xem xét lại.`}
          </p>
          {view.document.communes.map((c, i) => (
            <article key={c.communeId} className="commune-teams">
              <h4>{view.communes[i]}</h4>
              <ul>
                {c.caps.map((x) => (
                  <li key={x.subject}>{x.text}</li>
                ))}
                {c.review
                  .filter((r) => !c.caps.some((x) => x.text === r || r.includes(x.text)))
                  .map((r) => (
                    <li key={r}>Cần xem xét: {r}</li>
                  ))}
              </ul>
              <ScrollRegion label={`Xếp loại — ${view.communes[i]}`}>
                <table className="counts">
                  <caption className="visually-hidden">Xếp loại — {view.communes[i]}</caption>
                  <thead>
                    <tr>
                      <th scope="col">Tổ/thành viên</th>
                      <th scope="col">Mã Tổ</th>
                      <th scope="col">Mức xếp loại</th>
                      <th scope="col">Lý do</th>
                    </tr>
                  </thead>
                  <tbody>
                    {[...c.teams, ...c.members].map((s) => (
                      <tr key={`${s.teamId}-${s.id}`} data-subject={s.id}>
                        <th scope="row">{s.name ?? s.id}</th>
                        <td>{s.teamId}</td>
                        <td>{s.ratingTitle}</td>
                        <td>{s.notes.map((n) => n.message).join(" ")}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollRegion>
            </article>
          ))}
        </section>
      )}
    </section>
  );
};
