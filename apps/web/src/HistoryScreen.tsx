/**
 * "Lịch sử, báo cáo": the browser's multi-year record (./history.ts in the worker, PGlite in IndexedDB):
 * save the assessed year, list the stored years, the figures of a period ("X/Y lượt đạt" over the years) with
 * the report's charts, the sơ kết/tổng kết report as DOCX, and backup/restore of the whole record.
 */
import { formatNumber, formatRatioWithPercent } from "@antq/format-vi";
import { lazy, Suspense, useCallback, useEffect, useState } from "react";
import { rulesWorker } from "./client.js";
import { saveBlob } from "./download.js";
import { FilePick } from "./FileDrop.js";
import type { PeriodCount, PeriodView, StoredYear } from "./history.js";
import { doingOf, settle, type TaskResult } from "./outcome.js";
import { PeriodPicker } from "./PeriodPicker.js";

const Chart = lazy(() => import("./Chart.js"));

export const HistoryScreen = (props: { readonly assessedYear: number | undefined }) => {
  const [years, setYears] = useState<readonly StoredYear[]>();
  const [from, setFrom] = useState<number>();
  const [to, setTo] = useState<number>();
  const [view, setView] = useState<PeriodView>();
  const [counts, setCounts] = useState<readonly PeriodCount[]>();
  const [reportNote, setReportNote] = useState<string>();
  const [working, setWorking] = useState<string>();
  const [message, setMessage] = useState<{ kind: "status" | "alert"; text: string }>();
  const [restoreFile, setRestoreFile] = useState<File>();
  /** The annexes of the last report made (the same composition as its DOCX). */
  const [annex, setAnnex] = useState<{ name: string; bytes: Uint8Array }>();

  const run = useCallback(
    async <T,>(label: string, work: () => Promise<TaskResult<T>>, done: (value: T) => void) => {
      setWorking(label);
      setMessage(undefined);
      try {
        const result = await settle(doingOf(label), work);
        if (result.ok) done(result.value);
        else setMessage({ kind: "alert", text: result.message });
      } finally {
        setWorking(undefined);
      }
    },
    [],
  );
  const showYears = useCallback((list: readonly StoredYear[]) => {
    setYears(list);
    const sorted = list.map((y) => y.year).sort((a, b) => a - b);
    setFrom(sorted[0]);
    setTo(sorted.at(-1));
  }, []);
  useEffect(() => {
    void run("Đang mở kho dữ liệu trên trình duyệt", () => rulesWorker().storedYears(), showYears);
  }, [run, showYears]);

  const yearOptions = (years ?? []).map((y) => y.year).sort((a, b) => a - b);
  return (
    <section aria-labelledby="tieu-de-lich-su">
      <h2 id="tieu-de-lich-su">Kho dữ liệu nhiều năm, sơ kết, tổng kết</h2>
      {working && (
        <p className="busy" role="status">
          <span className="spinner" aria-hidden="true" />
          {working}…
        </p>
      )}
      {message && <p role={message.kind}>{message.text}</p>}
      <div className="columns">
        <div className="card">
          <h3>Các năm trong kho (trên máy này)</h3>
          <button
            type="button"
            className="primary"
            disabled={props.assessedYear === undefined || working !== undefined}
            onClick={() =>
              run(
                `Đang lưu năm ${props.assessedYear} vào kho`,
                () => rulesWorker().saveYear(),
                (list) => {
                  showYears(list);
                  setMessage({
                    kind: "status",
                    text: `Đã lưu dữ liệu và kết quả đánh giá năm ${props.assessedYear} vào kho.`,
                  });
                },
              )
            }
          >
            {props.assessedYear === undefined
              ? "Lưu năm đã đánh giá vào kho (chưa đánh giá)"
              : `Lưu dữ liệu và kết quả năm ${props.assessedYear} vào kho`}
          </button>
          {years && years.length === 0 && <p>Kho chưa có năm nào.</p>}
          {years && years.length > 0 && (
            <table className="counts" data-testid="stored-years">
              <caption className="visually-hidden">Các năm trong kho</caption>
              <thead>
                <tr>
                  <th scope="col">Năm</th>
                  <th scope="col">Số đơn vị</th>
                  <th scope="col">Số lần đánh giá đã lưu</th>
                </tr>
              </thead>
              <tbody>
                {[...years]
                  .sort((a, b) => a.year - b.year)
                  .map((y) => (
                    <tr key={y.year}>
                      <th scope="row">{y.year}</th>
                      <td className="num">{formatNumber(y.units)}</td>
                      <td className="num">{formatNumber(y.runs)}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          )}
        </div>
        <div className="card">
          <h3>Sao lưu, khôi phục</h3>
          <p>Toàn bộ kho trên trình duyệt này trong một tệp; khôi phục sẽ thay thế kho hiện có.</p>
          <div className="stack">
            <button
              type="button"
              disabled={working !== undefined}
              onClick={() =>
                run(
                  "Đang sao lưu kho",
                  () => rulesWorker().backup(),
                  (file) =>
                    saveBlob(file.name, new Blob([file.bytes as BlobPart], { type: "application/gzip" })),
                )
              }
            >
              Sao lưu kho ra tệp
            </button>
            <FilePick
              label="Chọn tệp sao lưu…"
              accept=".gz,.tgz,.tar.gz"
              busy={working !== undefined}
              file={restoreFile}
              onFile={setRestoreFile}
            />
            <button
              type="button"
              disabled={working !== undefined || restoreFile === undefined}
              onClick={() =>
                restoreFile &&
                run(
                  "Đang khôi phục kho",
                  async () => rulesWorker().restore(await restoreFile.arrayBuffer()),
                  (list) => {
                    showYears(list);
                    setView(undefined);
                    setMessage({ kind: "status", text: `Đã khôi phục kho từ "${restoreFile.name}".` });
                  },
                )
              }
            >
              Khôi phục kho từ tệp
            </button>
          </div>
        </div>
      </div>
      {yearOptions.length > 0 && from !== undefined && to !== undefined && (
        <section className="card" aria-labelledby="tieu-de-giai-doan">
          <h3 id="tieu-de-giai-doan">Số liệu giai đoạn</h3>
          <PeriodPicker years={yearOptions} from={from} to={to} onFrom={setFrom} onTo={setTo}>
            <button
              type="button"
              className="primary"
              disabled={working !== undefined || from > to}
              onClick={() =>
                run(
                  "Đang tổng hợp số liệu giai đoạn",
                  async () => {
                    const c = await rulesWorker().periodCounts(from, to);
                    if (!c.ok) return c;
                    // The report's own figures need every stored outcome decided; otherwise its message is shown.
                    const r = await rulesWorker().period(from, to);
                    return { ok: true as const, value: { counts: c.value, report: r } };
                  },
                  (v) => {
                    setCounts(v.counts);
                    setView(v.report.ok ? v.report.value : undefined);
                    setReportNote(v.report.ok ? undefined : v.report.message);
                  },
                )
              }
            >
              Xem số liệu giai đoạn
            </button>
            <button
              type="button"
              disabled={working !== undefined || from > to}
              onClick={() =>
                run(
                  "Đang lập báo cáo",
                  () => rulesWorker().periodDocx(from, to),
                  (file) => {
                    setAnnex(file.annex);
                    saveBlob(
                      file.name,
                      new Blob([file.bytes as BlobPart], {
                        type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                      }),
                    );
                  },
                )
              }
            >
              Tải báo cáo (Word)
            </button>
            {annex && (
              <button
                type="button"
                onClick={() =>
                  saveBlob(
                    annex.name,
                    new Blob([annex.bytes as BlobPart], {
                      type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    }),
                  )
                }
              >
                Tải phụ lục của báo cáo (Excel)
              </button>
            )}
          </PeriodPicker>
          {counts && (
            <>
              <table className="counts" data-testid="period-counts">
                <caption>Kết quả “An toàn về an ninh, trật tự” theo năm (lượt đơn vị)</caption>
                <thead>
                  <tr>
                    <th scope="col">Năm</th>
                    <th scope="col">Lượt đạt/lượt thuộc phạm vi</th>
                  </tr>
                </thead>
                <tbody>
                  {counts.map((c) => (
                    <tr
                      key={c.year ?? "all"}
                      data-year={c.year ?? "all"}
                      data-dat={c.dat}
                      data-in-scope={c.inScope}
                    >
                      <th scope="row">{c.year ?? `Cả giai đoạn ${from}–${to}`}</th>
                      <td className="ratio">
                        {c.inScope === 0 ? "—" : `${formatRatioWithPercent(c.dat, c.inScope)} lượt đạt`}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <Suspense fallback={<p role="status">Đang tải biểu đồ…</p>}>
                <figure>
                  <Chart
                    title="Lượt đơn vị đạt và thuộc phạm vi theo năm"
                    width={720}
                    height={300}
                    option={{
                      legend: { top: 0 },
                      grid: { left: 60, right: 20, top: 40, bottom: 30 },
                      xAxis: {
                        type: "category",
                        data: counts.filter((c) => c.year !== null).map((c) => String(c.year)),
                      },
                      yAxis: { type: "value", axisLabel: { formatter: (v: number) => formatNumber(v) } },
                      series: [
                        {
                          type: "bar",
                          name: "Lượt đạt",
                          data: counts.filter((c) => c.year !== null).map((c) => c.dat),
                        },
                        {
                          type: "bar",
                          name: "Lượt thuộc phạm vi",
                          data: counts.filter((c) => c.year !== null).map((c) => c.inScope),
                        },
                      ],
                    }}
                  />
                  <figcaption>Lượt đơn vị đạt và thuộc phạm vi theo năm</figcaption>
                </figure>
              </Suspense>
            </>
          )}
          {reportNote && (
            <p role="status" className="note">
              Chưa lập được báo cáo sơ kết, tổng kết từ kho: {reportNote.slice(0, 600)}
              {reportNote.length > 600 ? "…" : ""}
            </p>
          )}
          {view && (
            <>
              <p>
                <strong>{view.summary}</strong>
              </p>
              <table className="counts" data-testid="period-figures">
                <caption>Các chỉ tiêu của báo cáo</caption>
                <thead>
                  <tr>
                    <th scope="col">Chỉ tiêu</th>
                    <th scope="col">Giá trị</th>
                  </tr>
                </thead>
                <tbody>
                  {view.figures.map((f) => (
                    <tr key={f.id} data-figure={f.id}>
                      <th scope="row">{f.label}</th>
                      <td className="num" data-value={f.value}>
                        {formatNumber(f.value)} {f.unit}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {view.charts.map((c) => (
                <figure key={c.id}>
                  {/* An image, not inline markup: the SVG drawn in the worker cannot run anything in the page. */}
                  <img
                    className="chart"
                    src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(c.svg)}`}
                    alt={c.title}
                    width={Math.min(c.width, 900)}
                    height={Math.round((c.height * Math.min(c.width, 900)) / c.width)}
                  />
                  <figcaption>{c.title}</figcaption>
                </figure>
              ))}
            </>
          )}
        </section>
      )}
    </section>
  );
};
