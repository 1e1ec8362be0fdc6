/**
 * The province server's record, for a signed-in account: upload a year's workbook, the stored years with
 * their unit-years and stored outcomes ("X/Y lượt đạt"), a year's stored units, and the province's report
 * (Word, Excel annexes) of a period, and "Đánh giá năm này trên máy chủ" (`POST /v1/years/{year}/assessments`,
 * a province account; its stored run's totals shown). What an account sees is the server's decision (a commune officer only
 * their commune); every refusal is shown as the server's Vietnamese problem with its located issues.
 */

import { ASSESSED_UNIT_KIND_LABELS_VI, type AssessedUnitKind } from "@antq/domain";
import { formatDate, formatNumber, formatRatioWithPercent } from "@antq/format-vi";
import { OUTCOME_LABELS, type Outcome } from "@antq/rules";
import { ratioText } from "@antq/sheets";
import { useCallback, useEffect, useState } from "react";
import { saveBlob } from "../download.js";
import { FilePick } from "../FileDrop.js";
import { PeriodPicker } from "../PeriodPicker.js";
import {
  type Account,
  assessOnServer,
  downloadReport,
  issueLocation,
  type OutcomeCountRow,
  outcomeCounts,
  ServerProblem,
  type StoredRun,
  type StoredUnit,
  signOut,
  storedUnits,
  uploadWorkbook,
} from "./api.js";

/** A stored year's unit-years: all, "đạt", in scope (decided and not "không áp dụng"), not yet assessed. */
export interface YearFigures {
  readonly year: number;
  readonly unitYears: number;
  readonly dat: number;
  readonly inScope: number;
  readonly unassessed: number;
  readonly byKind: Readonly<Record<string, number>>;
}

/** Folds the dashboard's rows into one line per year. */
export const yearFigures = (rows: readonly OutcomeCountRow[]): YearFigures[] => {
  const years = new Map<
    number,
    { unitYears: number; dat: number; inScope: number; unassessed: number; byKind: Record<string, number> }
  >();
  for (const r of rows) {
    const y = years.get(r.year) ?? { unitYears: 0, dat: 0, inScope: 0, unassessed: 0, byKind: {} };
    y.unitYears += r.units;
    y.byKind[r.kind] = (y.byKind[r.kind] ?? 0) + r.units;
    if (r.outcome === null) y.unassessed += r.units;
    else if (r.outcome !== "khong_ap_dung") y.inScope += r.units;
    if (r.outcome === "dat") y.dat += r.units;
    years.set(r.year, y);
  }
  return [...years].sort(([a], [b]) => a - b).map(([year, y]) => ({ year, ...y }));
};

const kindLabel = (kind: string) => ASSESSED_UNIT_KIND_LABELS_VI[kind as AssessedUnitKind] ?? kind;
const outcomeLabel = (outcome: string | null) =>
  outcome === null ? "chưa đánh giá" : (OUTCOME_LABELS[outcome as Outcome] ?? outcome);

const THIS_YEAR = new Date().getFullYear();
/** The years asked of the dashboard: the 31 years the server allows, up to next year. */
const SPAN = { from: Math.max(2000, THIS_YEAR - 29), to: Math.min(2100, THIS_YEAR + 1) };

type Message = { kind: "status"; text: string } | { kind: "alert"; problem: ServerProblem | Error };

const ProblemView = (props: { readonly error: ServerProblem | Error }) => {
  const issues = props.error instanceof ServerProblem ? props.error.issues : [];
  return (
    <div role="alert" className="alert" data-testid="server-problem">
      <strong>{props.error.message}</strong>
      {issues.length > 0 && (
        <ul>
          {issues.slice(0, 20).map((i, n) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the issues are a fixed list
            <li key={n}>
              {issueLocation(i) && <span className="where">{issueLocation(i)}: </span>}
              {i.message}
            </li>
          ))}
          {issues.length > 20 && <li>… và {formatNumber(issues.length - 20)} lỗi khác</li>}
        </ul>
      )}
    </div>
  );
};

/** The totals of a run the server stored: "X/Y đạt (Z%)", each outcome, the rule set and last year's source. */
const StoredRunView = (props: { readonly run: StoredRun }) => {
  const { run } = props;
  const all = run.summary.all;
  const tally = {
    total: all.total,
    dat: all.passed,
    chua_dat: all.failed,
    can_xem_xet: all.review,
    khong_ap_dung: all.notApplicable,
  };
  return (
    <div data-testid="server-run" data-dat={tally.dat} data-units={run.units}>
      <p className="total">
        Năm {run.year}: <strong>{ratioText(tally)}</strong> trên {formatNumber(run.units)} đơn vị.
      </p>
      <ul>
        {(["dat", "chua_dat", "can_xem_xet", "khong_ap_dung"] as const).map((o) => (
          <li key={o} data-outcome={o}>
            {OUTCOME_LABELS[o].charAt(0).toLocaleUpperCase("vi")}
            {OUTCOME_LABELS[o].slice(1)}: {formatNumber(tally[o])}
          </li>
        ))}
      </ul>
      <p className="hint">
        Áp dụng quy định tại ngày {formatDate(run.asOf)}; mã băm bộ quy tắc {run.ruleSetHash}. Số vụ năm{" "}
        {run.previousYear.year}: {run.previousYear.inRecord ? "lấy từ kho" : "kho chưa có năm này"}.
      </p>
      {run.notes.length > 0 && (
        <ul className="hint">
          {run.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
    </div>
  );
};

export const ServerRecordScreen = (props: {
  readonly account: Account;
  readonly assessedYear: number | undefined;
  readonly onSignedOut: () => void;
}) => {
  const { account } = props;
  const [year, setYear] = useState(props.assessedYear ?? THIS_YEAR - 1);
  const [file, setFile] = useState<File>();
  const [figures, setFigures] = useState<readonly YearFigures[]>();
  const [units, setUnits] = useState<{ year: number; list: StoredUnit[]; next: string | null }>();
  const [from, setFrom] = useState<number>();
  const [to, setTo] = useState<number>();
  const [assessYear, setAssessYear] = useState<number>();
  const [stored, setStored] = useState<StoredRun>();
  const [working, setWorking] = useState<string>();
  const [message, setMessage] = useState<Message>();

  const run = useCallback(async (label: string, work: () => Promise<string | undefined>) => {
    setWorking(label);
    setMessage(undefined);
    try {
      const done = await work();
      if (done !== undefined) setMessage({ kind: "status", text: done });
    } catch (error) {
      setMessage({ kind: "alert", problem: error instanceof Error ? error : new Error(String(error)) });
    } finally {
      setWorking(undefined);
    }
  }, []);
  const refresh = useCallback(async () => {
    const counts = await outcomeCounts(SPAN.from, SPAN.to);
    const list = yearFigures(counts.rows);
    setFigures(list);
    setFrom((f) => f ?? list[0]?.year);
    setTo((t) => t ?? list.at(-1)?.year);
    return list;
  }, []);
  useEffect(() => {
    void run("Đang đọc các năm trên máy chủ", async () => {
      const list = await refresh();
      // The year to upload: the one assessed in the page, else the latest on the server.
      if (props.assessedYear === undefined && list.length > 0) setYear(list.at(-1)?.year ?? THIS_YEAR - 1);
      return undefined;
    });
  }, [run, refresh, props.assessedYear]);

  const scope =
    account.communeId === null
      ? `tỉnh ${account.provinceId}`
      : `xã ${account.communeId}, tỉnh ${account.provinceId}`;
  const busy = working !== undefined;
  const years = (figures ?? []).map((f) => f.year);
  return (
    <section aria-labelledby="tieu-de-kho-may-chu">
      <h2 id="tieu-de-kho-may-chu">Kho dữ liệu trên máy chủ của tỉnh, báo cáo</h2>
      <div className="row" data-testid="signed-in">
        <p>
          Đã đăng nhập: <strong>{account.login}</strong> — {account.roleTitle}, {scope}.
        </p>
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            run("Đang đăng xuất", async () => {
              await signOut();
              props.onSignedOut();
              return undefined;
            })
          }
        >
          Đăng xuất
        </button>
      </div>
      {working && (
        <p className="busy" role="status">
          <span className="spinner" aria-hidden="true" />
          {working}…
        </p>
      )}
      {message?.kind === "status" && <p role="status">{message.text}</p>}
      {message?.kind === "alert" && <ProblemView error={message.problem} />}
      <div className="columns">
        <div className="card">
          <h3>Nộp dữ liệu một năm lên máy chủ</h3>
          <p>
            {account.communeId === null
              ? "Tệp Excel theo mẫu của antq; dữ liệu năm đó của tỉnh trên máy chủ được thay bằng tệp này (tất cả hoặc không gì)."
              : "Tệp Excel theo mẫu của antq với dữ kiện năm của các đơn vị thuộc xã mình (tất cả hoặc không gì)."}
          </p>
          <div className="stack">
            <label>
              Năm{" "}
              <input
                type="number"
                name="year"
                min={2000}
                max={2100}
                value={year}
                onChange={(e) => setYear(Number(e.target.value))}
              />
            </label>
            <FilePick label="Chọn tệp Excel…" accept=".xlsx" busy={busy} file={file} onFile={setFile} />
            <button
              type="button"
              className="primary"
              disabled={busy || file === undefined || !Number.isInteger(year)}
              onClick={() =>
                file &&
                run(`Đang nộp "${file.name}" (năm ${year}) lên máy chủ`, async () => {
                  const stored = await uploadWorkbook(year, file.name, await file.arrayBuffer());
                  await refresh();
                  return stored.mode === "province-import"
                    ? `Đã lưu năm ${stored.year} trên máy chủ: ${formatNumber(stored.units)} đơn vị, ${formatNumber(stored.annualFacts)} bộ dữ kiện năm.`
                    : `Đã nộp dữ kiện năm ${stored.year} của xã: ${formatNumber(stored.annualFacts)} bộ dữ kiện năm.`;
                })
              }
            >
              Nộp lên máy chủ
            </button>
          </div>
        </div>
        <div className="card">
          <h3>Các năm trên máy chủ ({scope})</h3>
          {figures && figures.length === 0 && <p>Máy chủ chưa có năm nào trong phạm vi của tài khoản.</p>}
          {figures && figures.length > 0 && (
            <table className="counts" data-testid="server-years">
              <caption className="visually-hidden">Các năm trên máy chủ</caption>
              <thead>
                <tr>
                  <th scope="col">Năm</th>
                  <th scope="col">Lượt đơn vị</th>
                  <th scope="col">Lượt đạt/lượt thuộc phạm vi</th>
                  <th scope="col">Chưa đánh giá</th>
                  <th scope="col">Đơn vị</th>
                </tr>
              </thead>
              <tbody>
                {figures.map((f) => (
                  <tr
                    key={f.year}
                    data-year={f.year}
                    data-unit-years={f.unitYears}
                    data-dat={f.dat}
                    data-in-scope={f.inScope}
                    data-by-kind={JSON.stringify(f.byKind)}
                  >
                    <th scope="row">{f.year}</th>
                    <td className="num">
                      {formatNumber(f.unitYears)}
                      <span className="hint">
                        {" "}
                        (
                        {Object.entries(f.byKind)
                          .map(([k, n]) => `${kindLabel(k)}: ${formatNumber(n)}`)
                          .join("; ")}
                        )
                      </span>
                    </td>
                    <td className="ratio">
                      {f.inScope === 0 ? "—" : `${formatRatioWithPercent(f.dat, f.inScope)} lượt đạt`}
                    </td>
                    <td className="num">{formatNumber(f.unassessed)}</td>
                    <td>
                      <button
                        type="button"
                        disabled={busy}
                        onClick={() =>
                          run(`Đang đọc các đơn vị năm ${f.year}`, async () => {
                            const page = await storedUnits(f.year);
                            setUnits({ year: f.year, list: page.units, next: page.nextCursor });
                            return undefined;
                          })
                        }
                      >
                        Xem đơn vị năm {f.year}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      </div>
      {years.length > 0 && (
        <section className="card" aria-labelledby="tieu-de-danh-gia-may-chu">
          <h3 id="tieu-de-danh-gia-may-chu">Đánh giá năm này trên máy chủ</h3>
          <p>
            {account.communeId === null
              ? "Máy chủ đánh giá dữ liệu đã lưu của cả tỉnh (số vụ năm trước lấy từ kho) và lưu kết quả cùng nguồn gốc, như antq danh-gia --tu-kho --luu-kho."
              : "Chỉ tài khoản cấp tỉnh đánh giá và lưu kết quả: cấp tỉnh đánh giá cả tỉnh sau khi các xã nộp dữ liệu, nên máy chủ từ chối yêu cầu của tài khoản cấp xã."}
          </p>
          <div className="row">
            <label>
              Năm đánh giá{" "}
              <select
                value={assessYear ?? years.at(-1)}
                onChange={(e) => setAssessYear(Number(e.target.value))}
              >
                {years.map((y) => (
                  <option key={y}>{y}</option>
                ))}
              </select>
            </label>
            <button
              type="button"
              className="primary"
              disabled={busy}
              onClick={() => {
                const target = assessYear ?? (years.at(-1) as number);
                void run(`Đang đánh giá năm ${target} trên máy chủ`, async () => {
                  setStored(undefined);
                  const done = await assessOnServer(target);
                  setStored(done);
                  await refresh();
                  return `Đã đánh giá và lưu kết quả năm ${done.year} trên máy chủ (lần đánh giá số ${done.runId}).`;
                });
              }}
            >
              Đánh giá năm {assessYear ?? years.at(-1)} trên máy chủ
            </button>
          </div>
          {stored && <StoredRunView run={stored} />}
        </section>
      )}
      {units && (
        <section className="card" aria-labelledby="tieu-de-don-vi-may-chu">
          <h3 id="tieu-de-don-vi-may-chu">
            Đơn vị năm {units.year} trên máy chủ ({formatNumber(units.list.length)}
            {units.next ? "+" : ""})
          </h3>
          <table className="counts" data-testid="server-units">
            <thead>
              <tr>
                <th scope="col">Đơn vị</th>
                <th scope="col">Loại</th>
                <th scope="col">Xã</th>
                <th scope="col">Kết quả đã lưu</th>
              </tr>
            </thead>
            <tbody>
              {units.list.map((u) => (
                <tr key={u.unitId} data-unit={u.unitId} data-commune={u.communeId ?? ""}>
                  <th scope="row">{u.name}</th>
                  <td>{kindLabel(u.kind)}</td>
                  <td>{u.communeId ?? "—"}</td>
                  <td>{outcomeLabel(u.outcome)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {units.next !== null && (
            <button
              type="button"
              disabled={busy}
              onClick={() =>
                run("Đang đọc thêm đơn vị", async () => {
                  const page = await storedUnits(units.year, units.next ?? undefined);
                  setUnits({ year: units.year, list: [...units.list, ...page.units], next: page.nextCursor });
                  return undefined;
                })
              }
            >
              Xem thêm
            </button>
          )}
        </section>
      )}
      {account.communeId === null && years.length > 0 && from !== undefined && to !== undefined && (
        <section className="card" aria-labelledby="tieu-de-bao-cao-may-chu">
          <h3 id="tieu-de-bao-cao-may-chu">Báo cáo của tỉnh (lập trên máy chủ)</h3>
          <PeriodPicker years={years} from={from} to={to} onFrom={setFrom} onTo={setTo}>
            {(["docx", "xlsx"] as const).map((format) => (
              <button
                key={format}
                type="button"
                disabled={busy || from > to}
                onClick={() =>
                  run("Đang lập báo cáo trên máy chủ", async () => {
                    const report = await downloadReport(format, from, to);
                    saveBlob(report.name, report.blob);
                    return `Đã tải "${report.name}".`;
                  })
                }
              >
                {format === "docx" ? "Tải báo cáo (Word)" : "Tải phụ lục (Excel)"}
              </button>
            ))}
          </PeriodPicker>
        </section>
      )}
    </section>
  );
};
