/**
 * The period of a report or of the figures: "Từ năm … đến năm …" among the years a record holds, with the
 * actions on that period beside it (the browser's record and the province server's alike).
 */
import type { ReactNode } from "react";

export const PeriodPicker = (props: {
  readonly years: readonly number[];
  readonly from: number;
  readonly to: number;
  readonly onFrom: (year: number) => void;
  readonly onTo: (year: number) => void;
  /** The actions on the chosen period (buttons). */
  readonly children?: ReactNode;
}) => (
  <div className="row">
    <label>
      Từ năm{" "}
      <select value={props.from} onChange={(e) => props.onFrom(Number(e.target.value))}>
        {props.years.map((y) => (
          <option key={y}>{y}</option>
        ))}
      </select>
    </label>
    <label>
      đến năm{" "}
      <select value={props.to} onChange={(e) => props.onTo(Number(e.target.value))}>
        {props.years.map((y) => (
          <option key={y}>{y}</option>
        ))}
      </select>
    </label>
    {props.children}
  </div>
);
