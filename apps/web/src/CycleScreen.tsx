/**
 * The frame every screen of the year's cycle shares (plan progress, điển hình, …): the files picked or dropped,
 * the options of the CLI command it mirrors with its run button, the located problems that stopped it, and the
 * result with its JSON download (the document the CLI's `--json` prints).
 */
import { type ReactNode, useState } from "react";
import { saveBlob } from "./download.js";
import { FileDrop, IssuesTable } from "./FileDrop.js";
import type { CycleReport } from "./plan.js";

/** A document's JSON as a download, as the CLI writes it next to its workbook. */
export const JsonDownload = (props: {
  readonly name: string;
  readonly label: string;
  readonly value: unknown;
}) => (
  <button
    type="button"
    onClick={() =>
      saveBlob(
        props.name,
        new Blob([`${JSON.stringify(props.value, null, 2)}\n`], { type: "application/json" }),
      )
    }
  >
    {props.label}
  </button>
);

/** The files of a cycle screen: picked, listed, then computed on request. */
export const CycleFiles = (props: {
  readonly busy: boolean;
  readonly prompt: string;
  readonly files: readonly File[];
  readonly onFiles: (files: File[]) => void;
}) => (
  <FileDrop busy={props.busy} multiple onFiles={props.onFiles} prompt={props.prompt} button="Chọn tệp…">
    {props.files.length > 0 && (
      <p className="hint" data-testid="chosen-files">
        Đã chọn: {props.files.map((f) => f.name).join(", ")}
      </p>
    )}
  </FileDrop>
);

export const CycleScreen = <D,>(props: {
  /** The screen's id, for its headings ("ke-hoach"). */
  readonly id: string;
  readonly title: string;
  /** What to drop or pick. */
  readonly prompt: string;
  /** The CLI command it mirrors, and how (the options card's first paragraph). */
  readonly command: ReactNode;
  readonly busy: boolean;
  /** The options, above the run button. */
  readonly options?: ReactNode;
  readonly runLabel: string;
  readonly onRun: (files: readonly File[]) => void;
  readonly report: CycleReport<D> | undefined;
  /** What was not done when the files have errors ("chưa tính tiến độ"). */
  readonly stopped: string;
  /** The result's heading and its JSON download. */
  readonly result: (document: D) => {
    readonly title: ReactNode;
    readonly json: { readonly name: string; readonly label: string };
  };
  readonly children: (document: D) => ReactNode;
}) => {
  const [files, setFiles] = useState<File[]>([]);
  const { report, id } = props;
  const shown = report?.ok ? { document: report.document, ...props.result(report.document) } : undefined;
  return (
    <section aria-labelledby={`tieu-de-${id}`}>
      <h2 id={`tieu-de-${id}`}>{props.title}</h2>
      <div className="columns">
        <CycleFiles busy={props.busy} files={files} onFiles={setFiles} prompt={props.prompt} />
        <div className="card">
          <h3>Tùy chọn</h3>
          <p>{props.command}</p>
          <div className="stack">
            {props.options}
            <button
              type="button"
              className="primary"
              disabled={props.busy || files.length === 0}
              onClick={() => props.onRun(files)}
            >
              {props.runLabel}
            </button>
          </div>
        </div>
      </div>
      {report && !report.ok && (
        <section className="card" aria-labelledby={`tieu-de-loi-${id}`}>
          <h3 id={`tieu-de-loi-${id}`}>Dữ liệu có lỗi: {props.stopped}</h3>
          <IssuesTable issues={report.issues} />
        </section>
      )}
      {shown && (
        <section className="card" aria-labelledby={`tieu-de-ket-qua-${id}`}>
          <div className="row spread">
            <h3 id={`tieu-de-ket-qua-${id}`}>{shown.title}</h3>
            <JsonDownload name={shown.json.name} label={shown.json.label} value={shown.document} />
          </div>
          {props.children(shown.document)}
        </section>
      )}
    </section>
  );
};

/** The year option of a cycle command; empty means the command's default, which the placeholder says. */
export const YearInput = (props: {
  readonly label: string;
  readonly placeholder: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
}) => (
  <label>
    {props.label}{" "}
    <input
      type="number"
      inputMode="numeric"
      min={2000}
      max={2100}
      value={props.value}
      placeholder={props.placeholder}
      className="year"
      onChange={(e) => props.onChange(e.target.value)}
    />
  </label>
);

/** The year typed, or undefined for the command's default. */
export const chosenYear = (value: string): number | undefined => (value === "" ? undefined : Number(value));
