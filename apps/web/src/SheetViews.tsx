/**
 * The problem rows of the opened workbook on a view of their sheet: the header row, then each problem row with
 * its row number, the problem cells marked (and their messages beside them), so the officer finds and fixes
 * them in Excel, then opens the file again.
 */

import { ScrollRegion } from "./ScrollRegion.js";
import type { SheetView } from "./sheet-view.js";

export const SheetViews = (props: { readonly sheets: readonly SheetView[] }) => (
  <>
    {props.sheets.map((view) => (
      <ScrollRegion
        key={view.sheet}
        label={`Trang “${view.sheet}”: các dòng có lỗi`}
        className="scroll-box sheet-view"
      >
        <table className="sheet" data-sheet={view.sheet}>
          <caption>
            {`Trang “${view.sheet}”: ${view.rows.length.toLocaleString("vi-VN")} dòng có lỗi hoặc cảnh báo${
              view.more > 0 ? ` (và ${view.more.toLocaleString("vi-VN")} dòng nữa, xem danh sách trên)` : ""
            }; ô cần sửa được tô màu.`}
          </caption>
          <thead>
            <tr>
              <th scope="col">Dòng</th>
              {view.header.map((h) => (
                <th scope="col" key={h.column}>
                  {h.column}
                  {h.text ? `: ${h.text}` : ""}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {view.rows.map((row) => (
              <tr key={row.line} data-line={row.line}>
                <th scope="row">{row.line}</th>
                {row.cells.map((cell) =>
                  cell.severity ? (
                    <td
                      key={cell.column}
                      className={`bad ${cell.severity}`}
                      data-column={cell.column}
                      aria-invalid={cell.severity === "error"}
                      title={cell.problems.join(" ")}
                    >
                      <span>{cell.text || "(trống)"}</span>
                      <small>{cell.problems.join(" ")}</small>
                    </td>
                  ) : (
                    <td key={cell.column} data-column={cell.column}>
                      {cell.text}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    ))}
  </>
);
