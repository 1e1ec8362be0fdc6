/**
 * Screen 2: the counts by kind and by commune ("X/Y đạt (Z%)"), the interpretation options (what-if: choose
 * another reading and assess again), the units table and one unit's explanation.
 */
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from "react";
import { rulesWorker } from "./client.js";
import { saveBlob } from "./download.js";
import type { AssessReport, CountLine, ExplanationView, UnitRow } from "./engine.js";
import { settle, unexpectedMessage } from "./outcome.js";
import { ScrollRegion } from "./ScrollRegion.js";
import { UnitsTable } from "./UnitsTable.js";

const n = (x: number) => x.toLocaleString("vi-VN");

const CountsTable = (props: {
  readonly caption: string;
  readonly lines: readonly CountLine[];
  readonly commune?: boolean;
}) => (
  <ScrollRegion label={props.caption}>
    <table className="counts">
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{props.commune ? "Xã, phường, đặc khu" : "Loại đơn vị"}</th>
          {props.commune && <th scope="col">Kết quả của xã</th>}
          <th scope="col">Tỷ lệ đạt</th>
          {props.commune && <th scope="col">Thuộc phạm vi của xã (khoản 4 Điều 5)</th>}
          <th scope="col">Chưa đạt</th>
          <th scope="col">Cần xem xét</th>
          <th scope="col">Không áp dụng</th>
        </tr>
      </thead>
      <tbody>
        {props.lines.map((l) => (
          <tr key={l.id} data-id={l.id}>
            <th scope="row">{l.title}</th>
            {props.commune && <td>{l.outcomeLabel ?? "—"}</td>}
            <td className="ratio">{l.ratio}</td>
            {props.commune && <td>{l.coveredRatio}</td>}
            <td className="num">{n(l.chuaDat)}</td>
            <td className="num">{n(l.canXemXet)}</td>
            <td className="num">{n(l.khongApDung)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  </ScrollRegion>
);

/** The result workbook (xlsx), built in the worker on request: the first click loads exceljs. */
const ResultWorkbookButton = (props: { readonly busy: boolean }) => {
  const [state, setState] = useState<{ working: boolean; error?: string }>({ working: false });
  const download = async () => {
    setState({ working: true });
    const result = await settle("tạo tệp kết quả", () => rulesWorker().resultWorkbook());
    if (!result.ok) return setState({ working: false, error: result.message });
    try {
      saveBlob(
        result.value.name,
        new Blob([result.value.bytes as BlobPart], {
          type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        }),
      );
      setState({ working: false });
    } catch (e) {
      setState({
        working: false,
        error: unexpectedMessage("tải tệp kết quả", e),
      });
    }
  };
  return (
    <>
      <button type="button" disabled={props.busy || state.working} onClick={download}>
        {state.working ? "Đang tạo tệp kết quả…" : "Tải tệp kết quả (Excel)"}
      </button>
      {state.error && <p role="alert">{state.error}</p>}
    </>
  );
};

/** Communes shown at once; the others are found by name (a province has hundreds). */
const COMMUNES_SHOWN = 50;
const communeCollator = new Intl.Collator("vi", { numeric: true });

const CommuneCounts = (props: { readonly lines: readonly CountLine[] }) => {
  const [query, setQuery] = useState("");
  const deferred = useDeferredValue(query);
  const sorted = useMemo(
    () => [...props.lines].sort((a, b) => communeCollator.compare(a.title, b.title)),
    [props.lines],
  );
  const q = deferred.trim().toLocaleLowerCase("vi");
  const found =
    q === "" ? sorted : sorted.filter((l) => `${l.title} ${l.id}`.toLocaleLowerCase("vi").includes(q));
  return (
    <>
      {props.lines.length > COMMUNES_SHOWN && (
        <div className="row">
          <label>
            Tìm xã, phường, đặc khu{" "}
            <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
          </label>
          <span role="status">
            Đang hiện {Math.min(found.length, COMMUNES_SHOWN).toLocaleString("vi-VN")}/
            {found.length.toLocaleString("vi-VN")} xã, phường, đặc khu
          </span>
        </div>
      )}
      <CountsTable caption="Theo xã, phường, đặc khu" lines={found.slice(0, COMMUNES_SHOWN)} commune />
    </>
  );
};

const Explanation = (props: {
  readonly view: ExplanationView;
  readonly onClose: () => void;
  readonly onTry: (optionId: string, choice: string) => void;
}) => {
  const { view } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="card explanation" aria-labelledby="tieu-de-giai-thich" data-testid="explanation">
      <div className="row spread">
        <h3 id="tieu-de-giai-thich" tabIndex={-1} ref={heading}>
          {view.unit.name} ({view.unit.id}) —{" "}
          <span className={`badge ${view.unit.outcome}`}>{view.unit.outcomeLabel}</span>
        </h3>
        <button type="button" onClick={props.onClose}>
          Đóng giải thích
        </button>
      </div>
      <p className="summary">{view.summary}</p>
      <ol className="criteria">
        {view.criteria.map((c) => (
          <li key={c.id}>
            <p>
              <span className={`badge ${c.outcome}`}>{c.outcomeLabel}</span> <strong>{c.label}</strong>{" "}
              <code>{c.id}</code>
            </p>
            <p>{c.reason}</p>
            {/* The reason usually ends with "Căn cứ: …" already. */}
            {c.citation && !c.reason.includes(c.citation) && <p className="citation">Căn cứ: {c.citation}</p>}
            {c.facts.length > 0 && (
              <dl className="facts">
                {c.facts.map((f) => (
                  <div key={f.label}>
                    <dt>{f.label}</dt>
                    <dd>{f.value}</dd>
                  </div>
                ))}
              </dl>
            )}
            {c.readings.map((r) => (
              <p key={r.label} className="reading">
                {r.label}: {r.choice}
              </p>
            ))}
            {c.version && <p className="version">Phiên bản quy định {c.version}</p>}
          </li>
        ))}
      </ol>
      <h4>Nếu chọn cách hiểu khác</h4>
      <ul className="what-if">
        {view.whatIf.map((w) => (
          <li key={w.optionId} className={w.changes ? "changes" : ""}>
            <p>
              <strong>{w.label}</strong>
              {w.changes
                ? " — có thể thay đổi kết quả của đơn vị này"
                : " — không thay đổi kết quả của đơn vị này"}
            </p>
            <ul>
              {w.choices.map((c) => (
                <li key={c.id}>
                  {c.label}: <span className={`badge ${c.outcome}`}>{c.outcomeLabel}</span>
                  {c.id !== w.current && c.outcome !== view.unit.outcome && (
                    <>
                      {" "}
                      <button type="button" onClick={() => props.onTry(w.optionId, c.id)}>
                        Áp dụng cách hiểu này và đánh giá lại
                      </button>
                    </>
                  )}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      <p className="provenance">{view.provenance}</p>
    </section>
  );
};

export const ResultsScreen = (props: {
  readonly report: AssessReport;
  readonly busy: boolean;
  readonly onReassess: (year: number, readings: Record<string, string | null>) => Promise<void>;
}) => {
  const { report } = props;
  const [readings, setReadings] = useState<Record<string, string | null>>({ ...report.readings });
  const [explained, setExplained] = useState<ExplanationView>();
  const [explainError, setExplainError] = useState<string>();

  const open = useCallback(async (row: UnitRow) => {
    setExplainError(undefined);
    const result = await rulesWorker().explain(row.index);
    if (result.ok) setExplained(result.value);
    else setExplainError(result.message);
  }, []);

  // After a re-assessment, the open explanation is computed again under the new readings.
  const shownIndex = explained?.unit.index;
  useEffect(() => {
    if (shownIndex === undefined) return;
    const row = report.units[shownIndex];
    if (row) void open(row);
  }, [report, shownIndex, open]);

  const reassess = (next: Record<string, string | null>) => {
    setReadings(next);
    void props.onReassess(report.year, next);
  };

  return (
    <section aria-labelledby="tieu-de-ket-qua">
      <div className="row spread">
        <h2 id="tieu-de-ket-qua">{report.title}</h2>
        <div className="row">
          <button
            type="button"
            onClick={() =>
              saveBlob(
                `tong-hop-danh-gia-${report.year}.json`,
                new Blob([JSON.stringify(report.summaryJson, null, 2)], { type: "application/json" }),
              )
            }
          >
            Tải số liệu tổng hợp (JSON)
          </button>
          <ResultWorkbookButton busy={props.busy} />
        </div>
      </div>
      <p className="total" data-testid="total">
        Tổng cộng: <strong>{report.total.ratio}</strong>; chưa đạt {n(report.total.chuaDat)}, cần xem xét{" "}
        {n(report.total.canXemXet)}, không áp dụng {n(report.total.khongApDung)}.
      </p>
      <details className="info">
        <summary>Bộ quy tắc đã áp dụng</summary>
        <ul>
          {report.info.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </details>
      <div className="columns">
        <CountsTable caption="Theo loại đơn vị" lines={report.byKind} />
        <section className="card" aria-labelledby="tieu-de-cach-hieu">
          <h3 id="tieu-de-cach-hieu">Cách hiểu quy định</h3>
          {report.undecided > 0 && (
            <p>
              {n(report.undecided)} kết quả “cần xem xét” sẽ được quyết định nếu chọn một cách hiểu dưới đây.
            </p>
          )}
          {report.options.map((o) => (
            <label key={o.id} className="option">
              <span>
                {o.label}
                {o.citation && <small> ({o.citation})</small>}
              </span>
              <select
                value={readings[o.id] ?? o.current ?? ""}
                disabled={props.busy}
                onChange={(e) =>
                  reassess({ ...readings, [o.id]: e.target.value === "" ? null : e.target.value })
                }
              >
                <option value="">Chưa quyết định (để “cần xem xét”)</option>
                {o.choices.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.label}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </section>
      </div>
      <CommuneCounts lines={report.byCommune} />
      {explainError && <p role="alert">{explainError}</p>}
      {explained && (
        <Explanation
          view={explained}
          onClose={() => setExplained(undefined)}
          onTry={(id, choice) => reassess({ ...readings, [id]: choice })}
        />
      )}
      <UnitsTable units={report.units} onOpen={open} />
    </section>
  );
};
