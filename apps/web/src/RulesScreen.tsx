/**
 * "Tra cứu quy định": every criterion of the rule set with its legal basis (Điều/khoản/điểm), its dated
 * versions (the one in force on the chosen year marked), parameters, interpretation options and the province
 * overlays in force; all from @antq/rules' metadata.
 */
import { formatDate } from "@antq/format-vi";
import { useEffect, useState } from "react";
import { rulesWorker } from "./client.js";
import type { rulesCatalogue } from "./engine.js";
import { settle } from "./outcome.js";

type Catalogue = ReturnType<typeof rulesCatalogue>;

const ROLE_LABELS: Record<string, string> = {
  gate: "Điều kiện tiên quyết",
  criterion: "Tiêu chí",
  info: "Thông tin (không tính vào kết quả)",
};

const period = (v: { from: string; to?: string | undefined }) =>
  `từ ${formatDate(v.from)}${v.to ? ` đến ${formatDate(v.to)}` : ""}`;

const inForce = (v: { from: string; to?: string | undefined }, asOf: string) =>
  v.from <= asOf && (v.to === undefined || asOf <= v.to);

const valueText = (value: unknown) =>
  typeof value === "number"
    ? value.toLocaleString("vi-VN")
    : typeof value === "boolean"
      ? value
        ? "có"
        : "không"
      : JSON.stringify(value);

export const RulesScreen = (props: { readonly defaultYear: number }) => {
  const [year, setYear] = useState(props.defaultYear);
  const [catalogue, setCatalogue] = useState<Catalogue>();
  const [error, setError] = useState<string>();
  const [query, setQuery] = useState("");

  useEffect(() => {
    let live = true;
    void settle("mở tra cứu quy định", () => rulesWorker().rules(year)).then((r) => {
      if (!live) return;
      if (r.ok) {
        setCatalogue(r.value);
        setError(undefined);
      } else setError(r.message);
    });
    return () => {
      live = false;
    };
  }, [year]);

  const q = query.trim().toLocaleLowerCase("vi");
  const rules = (catalogue?.all.rules ?? []).filter(
    (r) => q === "" || `${r.id} ${r.label} ${r.description ?? ""}`.toLocaleLowerCase("vi").includes(q),
  );

  return (
    <section aria-labelledby="tieu-de-quy-dinh">
      <h2 id="tieu-de-quy-dinh">Tra cứu quy định</h2>
      <div className="row">
        <label>
          Năm áp dụng{" "}
          <input
            type="number"
            min={2012}
            max={2100}
            value={year}
            onChange={(e) => {
              const y = Number(e.target.value);
              if (Number.isInteger(y) && y >= 2012 && y <= 2100) setYear(y);
            }}
          />
        </label>
        <label>
          Tìm tiêu chí <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
        </label>
      </div>
      {error && <p role="alert">{error}</p>}
      {catalogue && (
        <>
          <p>
            {catalogue.all.label} — áp dụng tại ngày {formatDate(catalogue.asOf)}; mã băm {catalogue.hash}.
            Gói {catalogue.all.package.name}@{catalogue.all.package.version}.
          </p>
          <p>
            Gói quy định của tỉnh đang áp dụng:{" "}
            {catalogue.inForce.overlays.length === 0
              ? "không có (chỉ áp dụng quy định chung)."
              : catalogue.inForce.overlays.map((o) => `${o.label} (${period(o)})`).join("; ")}
          </p>
          <h3>Tiêu chí ({rules.length})</h3>
          <ol className="rules">
            {rules.map((r) => (
              <li key={r.id} className="card">
                <h4>
                  {r.label} <code>{r.id}</code>
                </h4>
                <p>
                  {ROLE_LABELS[r.role] ?? r.role}
                  {r.description ? ` — ${r.description}` : ""}
                </p>
                <ul>
                  {r.versions.map((v) => (
                    <li key={v.from} className={inForce(v, catalogue.asOf) ? "in-force" : ""}>
                      {inForce(v, catalogue.asOf) && <strong>Đang áp dụng: </strong>}
                      Phiên bản {period(v)}
                      {v.label ? ` (${v.label})` : ""}
                      {v.disabled ? " — không áp dụng" : ""}. Căn cứ:{" "}
                      {v.basis.map((b) => b.citation).join("; ")}
                      {v.findings.some((f) => f.message) && (
                        <ul>
                          {v.findings
                            .filter((f) => f.message)
                            .map((f) => (
                              <li key={f.code}>{f.message}</li>
                            ))}
                        </ul>
                      )}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
          <h3>Tham số</h3>
          <ul className="params">
            {catalogue.all.parameters.map((p) => (
              <li key={p.id}>
                <strong>{p.label}</strong> <code>{p.id}</code>
                {p.unit ? ` (${p.unit})` : ""}:{" "}
                {p.values.map((v) => `${valueText(v.value)} ${period(v)} — ${v.basis.citation}`).join("; ")}
              </li>
            ))}
          </ul>
          <h3>Cách hiểu (tuỳ chọn diễn giải)</h3>
          <ul className="params">
            {catalogue.all.interpretations.map((i) => (
              <li key={i.id}>
                <strong>{i.label}</strong> <code>{i.id}</code> — căn cứ {i.basis.citation}. Lựa chọn:{" "}
                {i.choices.map((c) => c.label).join("; ")}. Mặc định:{" "}
                {i.default === null
                  ? "chưa quyết định (kết quả “cần xem xét”)"
                  : (i.choices.find((c) => c.id === i.default)?.label ?? i.default)}
                .
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
};
