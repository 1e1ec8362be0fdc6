/** Drop or pick one file (the "Chọn tệp" button is the keyboard path), and the problems of a file by place. */

import type { InputIssue } from "@antq/sheets";
import { type ReactNode, useId, useState } from "react";
import { ScrollRegion } from "./ScrollRegion.js";

export const FileDrop = (props: {
  readonly busy: boolean;
  readonly onFiles: (files: File[]) => void;
  /** Several files at once (the sheets of the yearly cycle as separate CSV files). */
  readonly multiple?: boolean;
  readonly prompt: string;
  readonly button: string;
  readonly children?: ReactNode;
}) => {
  const inputId = useId();
  const [over, setOver] = useState(false);
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: dropping a file is an extra; the "Chọn tệp" button is the keyboard path
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
        const files = [...e.dataTransfer.files];
        if (files.length > 0) props.onFiles(props.multiple ? files : files.slice(0, 1));
      }}
    >
      <p>{props.prompt}</p>
      <label htmlFor={inputId} className="button primary">
        {props.button}
      </label>
      <input
        id={inputId}
        className="visually-hidden-input"
        type="file"
        accept=".xlsx,.csv,.json,.txt"
        multiple={props.multiple}
        disabled={props.busy}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          if (files.length > 0) props.onFiles(files);
          e.target.value = "";
        }}
      />
      {props.children}
    </div>
  );
};

const place = (i: InputIssue) =>
  [
    i.sheet ? `Trang “${i.sheet}”` : undefined,
    i.row !== undefined ? `dòng ${i.row}` : undefined,
    i.column ? `cột ${i.column}${i.header ? ` (${i.header})` : ""}` : i.path ? `mục ${i.path}` : undefined,
  ]
    .filter(Boolean)
    .join(", ");

export const IssuesTable = (props: { readonly issues: readonly InputIssue[] }) => (
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
        {props.issues.map((i, n) => (
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
);

/** One optional file, picked with a Vietnamese button (the browser's own file button may speak English). */
export const FilePick = (props: {
  readonly label: string;
  readonly accept: string;
  readonly busy: boolean;
  readonly file: File | undefined;
  readonly onFile: (file: File | undefined) => void;
}) => {
  const inputId = useId();
  return (
    <div className="file-pick">
      <label htmlFor={inputId} className="button">
        {props.label}
      </label>
      <input
        id={inputId}
        className="visually-hidden-input"
        type="file"
        accept={props.accept}
        disabled={props.busy}
        onChange={(e) => props.onFile(e.target.files?.[0])}
      />
      <span className="hint">{props.file ? props.file.name : "chưa chọn tệp"}</span>
    </div>
  );
};
