/**
 * "Tra cứu quy định": every criterion of the rule set with its legal basis (Điều/khoản/điểm), its dated
 * versions (the one in force on the chosen year marked), parameters, interpretation options and the province
 * overlays in force; all from @antq/rules' metadata. The province configuration is loaded here: the settings
 * file (the CLI's `--cau-hinh`) and the rule packages built into the site (./province.ts), with what each
 * package changes in the national rules and on what legal basis.
 */
import { formatDate } from "@antq/format-vi";
import { useEffect, useState } from "react";
import { rulesWorker } from "./client.js";
import type { rulesCatalogue } from "./engine.js";
import { FilePick } from "./FileDrop.js";
import { settle } from "./outcome.js";
import type { ProvinceView } from "./province.js";

type Catalogue = ReturnType<typeof rulesCatalogue>;

export type { CycleConfigKind };

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

/** The province rule packages named when the site was built (vite.config.ts); empty in the national build. */
const BUILT_WITH = ((import.meta.env.ANTQ_GOI_TINH as string | undefined) ?? "").split(",").filter(Boolean);

/** The province settings file and the packages built in: what the province changed, with its legal basis. */
const ProvinceSettings = (props: {
  readonly view: ProvinceView | undefined;
  /** The year assessed in the tab, which a change of the settings assesses again. */
  readonly assessedYear: number | undefined;
  readonly busy: boolean;
  readonly onSettings: (file: File) => void;
  readonly onClear: () => void;
}) => {
  const [file, setFile] = useState<File>();
  const { view } = props;
  const built = view?.overlays.length ? [...new Set(view.overlays.map((o) => o.package))] : BUILT_WITH;
  return (
    <section className="card" aria-labelledby="tieu-de-cau-hinh-tinh" data-testid="province">
      <h3 id="tieu-de-cau-hinh-tinh">Cấu hình của tỉnh</h3>
      <p>
        Như <code>antq danh-gia --cau-hinh tinh.json</code>: tệp cấu hình của tỉnh (JSON, trường{" "}
        <code>cachHieu</code>) chọn cách hiểu các tuỳ chọn diễn giải; đánh giá, phân loại và trang tra cứu này
        dùng cấu hình đó. Cách hiểu chọn ở màn hình kết quả được ưu tiên hơn tệp, như cờ dòng lệnh.
      </p>
      <p>
        {built.length === 0
          ? "Bản web này chỉ có quy định chung. Gói quy định của tỉnh là mã JavaScript: chính sách bảo mật của trang (CSP) không cho nạp mã lạ khi chạy, nên tỉnh dựng trang web kèm gói của mình (biến ANTQ_GOI_TINH khi dựng, xem hướng dẫn của apps/web) rồi tự phục vụ trang đó."
          : `Bản web này được dựng kèm gói quy định của tỉnh (${built.join(", ")}); gói luôn được áp dụng trên trang này.`}
      </p>
      <div className="row">
        <FilePick
          label="Chọn tệp cấu hình tỉnh (.json)…"
          accept=".json"
          busy={props.busy}
          file={file}
          onFile={(f) => {
            setFile(f);
            if (f) props.onSettings(f);
          }}
        />
        {view?.file && (
          <button
            type="button"
            disabled={props.busy}
            onClick={() => {
              setFile(undefined);
              props.onClear();
            }}
          >
            Bỏ tệp cấu hình
          </button>
        )}
      </div>
      {view?.file && (
        <div data-testid="province-settings">
          <p>
            Đang áp dụng tệp “{view.file}”{view.province ? ` của ${view.province}` : ""}.
            {props.assessedYear !== undefined &&
              ` Kết quả đánh giá năm ${props.assessedYear} đã được tính lại theo cấu hình này.`}
          </p>
          {view.readings.length === 0 ? (
            <p>Tệp không chọn cách hiểu nào.</p>
          ) : (
            <ul>
              {view.readings.map((r) => (
                <li key={r.id}>
                  {r.label} <code>{r.id}</code>: <strong>{r.choice}</strong>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {view && view.overlays.length > 0 && (
        <>
          <h4>Gói quy định của tỉnh đang áp dụng</h4>
          {view.overlays.map((o) => (
            <article key={o.id} className="overlay" data-overlay={o.id}>
              <h5>
                {o.label} <code>{o.package}</code>
              </h5>
              <p>
                Áp dụng {o.period}. Căn cứ: {o.basis}.{o.description ? ` ${o.description}` : ""}
              </p>
              <ul>
                {o.changes.map((c) => (
                  <li key={c.text}>
                    {c.text}. <span className="hint">Căn cứ: {c.basis}.</span>
                  </li>
                ))}
              </ul>
            </article>
          ))}
        </>
      )}
    </section>
  );
};

/** What a configuration file of the year's other work is for, and its picker. */
type CycleConfigKind = "awards" | "typical";

/**
 * The province's configuration of the year's other work, as the CLI takes it: the classification overlays
 * built in (`antq phan-loai --tinh`), the award conditions file (`antq khen-thuong --cau-hinh`) and the điển hình
 * rule file (`antq dien-hinh --cau-hinh`); which one each screen uses.
 */
const CycleSettings = (props: {
  readonly view: ProvinceView | undefined;
  readonly busy: boolean;
  readonly onLoad: (kind: CycleConfigKind, file: File) => void;
  readonly onClear: (kind: CycleConfigKind) => void;
}) => {
  const [files, setFiles] = useState<Partial<Record<CycleConfigKind, File>>>({});
  const { view } = props;
  const picker = (
    kind: CycleConfigKind,
    label: string,
    loaded: { file: string } | undefined,
    clear: string,
  ) => (
    <div className="row">
      <FilePick
        label={label}
        accept=".json"
        busy={props.busy}
        file={files[kind]}
        onFile={(f) => {
          setFiles((x) => ({ ...x, [kind]: f }));
          if (f) props.onLoad(kind, f);
        }}
      />
      {loaded && (
        <button
          type="button"
          disabled={props.busy}
          onClick={() => {
            setFiles((x) => ({ ...x, [kind]: undefined }));
            props.onClear(kind);
          }}
        >
          {clear}
        </button>
      )}
    </div>
  );
  return (
    <section className="card" aria-labelledby="tieu-de-cau-hinh-cong-tac" data-testid="cycle-settings">
      <h3 id="tieu-de-cau-hinh-cong-tac">Cấu hình phân loại, khen thưởng và điển hình của tỉnh</h3>
      <p>
        Như <code>antq phan-loai --tinh</code>: gói cấu hình phân loại của tỉnh (bảng điểm, thời hạn) được
        dựng kèm trang web (ANTQ_GOI_TINH), như gói quy định.
      </p>
      {picker(
        "awards",
        "Chọn tệp cấu hình khen thưởng của tỉnh (.json)…",
        view?.awards,
        "Bỏ tệp cấu hình khen thưởng",
      )}
      <p className="hint">
        Như <code>antq khen-thuong --cau-hinh</code>: JSON với các trường <code>province</code>,{" "}
        <code>document</code>, <code>from</code>, <code>conditions</code>.
      </p>
      {picker(
        "typical",
        "Chọn tệp điều kiện chọn điển hình của tỉnh (.json)…",
        view?.typical,
        "Bỏ tệp điều kiện điển hình",
      )}
      <p className="hint">
        Như <code>antq dien-hinh --cau-hinh</code>: JSON với các trường <code>label</code>,{" "}
        <code>levels</code>, <code>requireTt124</code>, <code>kinds</code>.
      </p>
      {view && (
        <ul data-testid="cycle-in-force">
          <li>
            Phân loại phong trào: <strong>{view.inForce.classification}</strong>
          </li>
          <li>
            Khen thưởng: <strong>{view.inForce.awards}</strong>
          </li>
          <li>
            Điển hình: <strong>{view.inForce.typical}</strong>
          </li>
        </ul>
      )}
    </section>
  );
};

/** The package that set an item, when it is a province's (composition stamps it). */
const sourceNote = (item: object, national: string) => {
  const source = (item as { source?: { name: string; version: string } }).source;
  return source && source.name !== national ? ` (gói của tỉnh ${source.name}@${source.version})` : "";
};

export const RulesScreen = (props: {
  readonly defaultYear: number;
  readonly assessedYear?: number | undefined;
  readonly province?: ProvinceView | undefined;
  readonly busy?: boolean;
  readonly onSettings?: (file: File) => void;
  readonly onClearSettings?: () => void;
  readonly onCycleConfig?: (kind: CycleConfigKind, file: File) => void;
  readonly onClearCycleConfig?: (kind: CycleConfigKind) => void;
}) => {
  const [year, setYear] = useState(props.defaultYear);
  const [catalogue, setCatalogue] = useState<Catalogue>();
  const [builtIn, setBuiltIn] = useState<ProvinceView>();
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
  // The packages built in are known before any settings file is loaded.
  useEffect(() => {
    let live = true;
    void settle("đọc cấu hình của tỉnh", () => rulesWorker().province()).then((r) => {
      if (live && r.ok) setBuiltIn(r.value);
    });
    return () => {
      live = false;
    };
  }, []);
  const province = props.province ?? builtIn;
  const chosen = new Map((province?.readings ?? []).map((r) => [r.id, r.choice]));

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
      {props.onSettings && props.onClearSettings && (
        <ProvinceSettings
          view={province}
          assessedYear={props.assessedYear}
          busy={props.busy ?? false}
          onSettings={props.onSettings}
          onClear={props.onClearSettings}
        />
      )}
      {props.onCycleConfig && props.onClearCycleConfig && (
        <CycleSettings
          view={province}
          busy={props.busy ?? false}
          onLoad={props.onCycleConfig}
          onClear={props.onClearCycleConfig}
        />
      )}
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
                      {v.disabled ? " — không áp dụng" : ""}
                      {sourceNote(v, catalogue.all.package.name)}. Căn cứ:{" "}
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
                {p.values
                  .map(
                    (v) =>
                      `${valueText(v.value)} ${period(v)} — ${v.basis.citation}${sourceNote(v, catalogue.all.package.name)}`,
                  )
                  .join("; ")}
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
                .{chosen.has(i.id) && <strong> Tệp cấu hình của tỉnh chọn: {chosen.get(i.id)}.</strong>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
};
