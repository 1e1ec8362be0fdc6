/**
 * The units of the assessment: searchable, sortable (Vietnamese collation), virtualised (only the visible rows
 * are in the DOM), keyboard-operable (each row's name is a button that opens its explanation).
 */

import { toSearchKey } from "@antq/format-vi";
import {
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  tableFeatures,
  useTable,
} from "@tanstack/react-table";
import { useVirtualizer } from "@tanstack/react-virtual";
import { useDeferredValue, useMemo, useRef, useState } from "react";
import type { UnitRow } from "./engine.js";
import { ScrollRegion } from "./ScrollRegion.js";

const collator = new Intl.Collator("vi", { sensitivity: "base", numeric: true });
interface Valued {
  getValue(columnId: string): unknown;
}
/** Vietnamese alphabetical order ("Ấp Đông" after "Ấp Dương"), numbers in numeric order. */
const vietnamese = (a: Valued, b: Valued, columnId: string) =>
  collator.compare(String(a.getValue(columnId) ?? ""), String(b.getValue(columnId) ?? ""));

const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { vietnamese },
});

const column = createColumnHelper<typeof features, UnitRow>();

const ROW_HEIGHT = 36;

export const UnitsTable = (props: {
  readonly units: readonly UnitRow[];
  readonly onOpen: (row: UnitRow) => void;
}) => {
  const [query, setQuery] = useState("");
  const [outcome, setOutcome] = useState("");
  const deferredQuery = useDeferredValue(query);
  const data = useMemo(() => {
    // The rows carry their search key, folded in the worker.
    const q = toSearchKey(deferredQuery);
    return props.units.filter(
      (u) => (outcome === "" || u.outcome === outcome) && (q === "" || u.search.includes(q)),
    );
  }, [props.units, deferredQuery, outcome]);
  const open = props.onOpen;
  const columns = useMemo(
    () =>
      column.columns([
        column.accessor("name", {
          header: "Tên đơn vị",
          sortFn: "vietnamese",
          cell: (info) => (
            <button type="button" className="link" onClick={() => open(info.row.original)}>
              {info.getValue()}
            </button>
          ),
        }),
        column.accessor("id", { header: "Mã", sortFn: "vietnamese" }),
        column.accessor("kindLabel", { header: "Loại", sortFn: "vietnamese" }),
        column.accessor("communeId", { header: "Mã xã", sortFn: "vietnamese" }),
        column.accessor("outcomeLabel", {
          header: "Kết quả",
          sortFn: "vietnamese",
          cell: (info) => (
            <span className={`badge ${info.row.original.outcome}`}>
              {info.getValue()}
              {info.row.original.noFacts ? " (thiếu dữ kiện)" : ""}
            </span>
          ),
        }),
      ]),
    [open],
  );
  const table = useTable({ features, columns, data, initialState: { sorting: [] } });
  const rows = table.getRowModel().rows;
  const scroller = useRef<HTMLElement>(null);
  const virtual = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtual.getVirtualItems();
  const before = items.length > 0 ? (items[0]?.start ?? 0) : 0;
  const after = items.length > 0 ? virtual.getTotalSize() - (items[items.length - 1]?.end ?? 0) : 0;

  return (
    <section aria-labelledby="tieu-de-don-vi" className="card">
      <h3 id="tieu-de-don-vi">Danh sách đơn vị</h3>
      <div className="row">
        <label>
          Tìm theo tên, mã đơn vị hoặc mã xã{" "}
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
        </label>
        <label>
          Kết quả{" "}
          <select value={outcome} onChange={(e) => setOutcome(e.target.value)}>
            <option value="">Tất cả</option>
            <option value="dat">đạt</option>
            <option value="chua_dat">chưa đạt</option>
            <option value="can_xem_xet">cần xem xét</option>
            <option value="khong_ap_dung">không áp dụng</option>
          </select>
        </label>
        <span role="status" aria-live="polite">
          {rows.length.toLocaleString("vi-VN")} / {props.units.length.toLocaleString("vi-VN")} đơn vị
        </span>
      </div>
      <ScrollRegion
        ref={scroller}
        className="units-scroll"
        testId="units-scroll"
        label="Bảng đơn vị (cuộn để xem thêm)"
      >
        <table className="units" aria-rowcount={rows.length + 1}>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : "none"}
                    >
                      <button
                        type="button"
                        className="sort"
                        onClick={header.column.getToggleSortingHandler()}
                      >
                        <table.FlexRender header={header} />
                        <span aria-hidden="true">
                          {sorted === "asc" ? " ▲" : sorted === "desc" ? " ▼" : " ↕"}
                        </span>
                      </button>
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {before > 0 && (
              <tr className="spacer" ref={(el) => el?.style.setProperty("height", `${before}px`)} />
            )}
            {items.map((item) => {
              const row = rows[item.index];
              if (!row) return null;
              return (
                <tr key={row.id} aria-rowindex={item.index + 2}>
                  {row.getAllCells().map((cell) => (
                    <td key={cell.id}>
                      <table.FlexRender cell={cell} />
                    </td>
                  ))}
                </tr>
              );
            })}
            {after > 0 && (
              <tr className="spacer" ref={(el) => el?.style.setProperty("height", `${after}px`)} />
            )}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
};
