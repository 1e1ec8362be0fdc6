/**
 * antq in the browser: open the officer's data, assess it in the rules worker, explore the results and the
 * rules. Every count and text comes from the packages through the worker (./engine.ts).
 */

import type { PlanProgressDocument, TypicalDocument } from "@antq/sheets";
import { startTransition, useCallback, useEffect, useRef, useState } from "react";
import { AwardsScreen } from "./AwardsScreen.js";
import type { AwardProposals } from "./awards.js";
import { ClassificationScreen } from "./ClassificationScreen.js";
import type { ClassificationReport } from "./classification.js";
import { progressCallback, rulesWorker, withUnitRows } from "./client.js";
import { DataScreen } from "./DataScreen.js";
import type { AssessReport, LoadReport } from "./engine.js";
import { doingOf, settle } from "./outcome.js";
import { PlanScreen } from "./PlanScreen.js";
import type { CycleReport } from "./plan.js";
import type { ProvinceView } from "./province.js";
import { ResultsScreen } from "./ResultsScreen.js";
import { type CycleConfigKind, RulesScreen } from "./RulesScreen.js";
import { FooterNote, TaglineNote } from "./remote/OriginNote.js";
import { RecordScreen } from "./remote/RecordScreen.js";
import { TeamsScreen } from "./TeamsScreen.js";
import { TypicalScreen } from "./TypicalScreen.js";
import type { TeamRatings } from "./teams.js";
import { DATA_SCREEN_LABEL } from "./templates.js";
import type { WorkerFile } from "./worker.js";

type Screen =
  | "du-lieu"
  | "ket-qua"
  | "phan-loai"
  | "ke-hoach"
  | "dien-hinh"
  | "to-bao-ve"
  | "khen-thuong"
  | "lich-su"
  | "quy-dinh";

const SCREENS: readonly { id: Screen; label: string }[] = [
  { id: "du-lieu", label: DATA_SCREEN_LABEL },
  { id: "ket-qua", label: "2. Kết quả đánh giá" },
  { id: "phan-loai", label: "Phân loại" },
  { id: "ke-hoach", label: "Kế hoạch" },
  { id: "dien-hinh", label: "Điển hình" },
  { id: "to-bao-ve", label: "Tổ bảo vệ ANTT" },
  { id: "khen-thuong", label: "Khen thưởng" },
  { id: "lich-su", label: "Kho, báo cáo" },
  { id: "quy-dinh", label: "Tra cứu quy định" },
];

export interface Busy {
  readonly label: string;
  readonly rows?: number;
}

const workerFiles = (files: readonly File[]): Promise<WorkerFile[]> =>
  Promise.all(files.map(async (f) => ({ name: f.name, bytes: await f.arrayBuffer() })));

export const App = () => {
  const [screen, setScreen] = useState<Screen>("du-lieu");
  const [load, setLoad] = useState<LoadReport>();
  const [report, setReport] = useState<AssessReport>();
  const [classification, setClassification] = useState<ClassificationReport>();
  const [plan, setPlan] = useState<CycleReport<PlanProgressDocument>>();
  const [teams, setTeams] = useState<CycleReport<TeamRatings>>();
  const [awards, setAwards] = useState<CycleReport<AwardProposals>>();
  const [typical, setTypical] = useState<CycleReport<TypicalDocument>>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState<Busy>();
  const [province, setProvince] = useState<ProvinceView>();
  const run = useRef(0);

  const openFile = useCallback(async (file: File) => {
    const ticket = ++run.current;
    // Progress messages come on their own channel and may arrive after the result: none counts once done.
    let finished = false;
    setError(undefined);
    setLoad(undefined);
    setReport(undefined);
    setBusy({ label: `Đang đọc tệp "${file.name}"` });
    try {
      const result = await settle(`đọc tệp "${file.name}"`, async () =>
        rulesWorker().load(
          file,
          progressCallback((rows) => {
            if (run.current === ticket && !finished) setBusy({ label: `Đang đọc tệp "${file.name}"`, rows });
          }),
        ),
      );
      if (run.current !== ticket) return;
      if (!result.ok) setError(result.message);
      else setLoad(result.value);
    } finally {
      finished = true;
      if (run.current === ticket) setBusy(undefined);
    }
  }, []);

  /** Assesses the data loaded; `show`: then opens the results (not when the province settings changed). */
  const assess = useCallback(async (year: number, readings: Record<string, string | null>, show = true) => {
    const ticket = ++run.current;
    let finished = false;
    setError(undefined);
    setBusy({ label: `Đang đánh giá năm ${year}` });
    try {
      const result = await settle(`đánh giá năm ${year}`, async () => {
        const assessed = await rulesWorker().assess(
          year,
          readings,
          progressCallback((done: number, total: number) => {
            if (run.current === ticket && !finished)
              setBusy({
                label: `Đang đánh giá năm ${year}: ${done.toLocaleString("vi-VN")}/${total.toLocaleString("vi-VN")} đơn vị`,
              });
          }),
        );
        return assessed.ok ? withUnitRows(assessed.value) : assessed;
      });
      if (run.current !== ticket) return;
      if (!result.ok) setError(result.message);
      else {
        // A transition: React renders the results in slices, so the page stays responsive.
        startTransition(() => {
          setReport(result.value);
          if (show) setScreen("ket-qua");
        });
      }
    } finally {
      finished = true;
      if (run.current === ticket) setBusy(undefined);
    }
  }, []);

  /** Runs one worker task with the busy line, the error banner and the latest-wins ticket. */
  const task = useCallback(
    async <T,>(
      label: string,
      work: () => Promise<{ ok: true; value: T } | { ok: false; message: string }>,
      done: (value: T) => void,
    ) => {
      const ticket = ++run.current;
      setError(undefined);
      setBusy({ label });
      try {
        const result = await settle(doingOf(label), work);
        if (run.current !== ticket) return;
        if (!result.ok) setError(result.message);
        else done(result.value);
      } finally {
        if (run.current === ticket) setBusy(undefined);
      }
    },
    [],
  );
  /** The province configuration changed: the assessment made is made again under it (the screen stays). */
  const provinceChanged = (view: ProvinceView) => {
    setProvince(view);
    if (report) void assess(report.year, {}, false);
  };
  const loadProvince = (file: File) =>
    task(
      `Đang đọc tệp cấu hình tỉnh "${file.name}"`,
      async () => rulesWorker().loadProvince(file.name, await file.arrayBuffer()),
      provinceChanged,
    );
  const clearProvince = () =>
    task("Đang bỏ cấu hình của tỉnh", () => rulesWorker().clearProvince(), provinceChanged);
  // The award and điển hình configuration change no assessment: the next run of their screen uses it.
  const loadCycleConfig = (kind: CycleConfigKind, file: File) =>
    task(
      `Đang đọc tệp ${kind === "awards" ? "cấu hình khen thưởng" : "điều kiện chọn điển hình"} "${file.name}"`,
      async () =>
        kind === "awards"
          ? rulesWorker().loadAwardsConfig(file.name, await file.arrayBuffer())
          : rulesWorker().loadTypicalConfig(file.name, await file.arrayBuffer()),
      setProvince,
    );
  const clearCycleConfig = (kind: CycleConfigKind) =>
    task(
      "Đang bỏ tệp cấu hình",
      () => (kind === "awards" ? rulesWorker().clearAwardsConfig() : rulesWorker().clearTypicalConfig()),
      setProvince,
    );
  // The screens of the year's other work say which configuration is in force (the province's or the example).
  useEffect(() => {
    if (province || !["phan-loai", "khen-thuong", "dien-hinh"].includes(screen)) return;
    let live = true;
    void settle("đọc cấu hình của tỉnh", () => rulesWorker().province()).then((r) => {
      if (live && r.ok) setProvince((p) => p ?? r.value);
    });
    return () => {
      live = false;
    };
  }, [screen, province]);

  const classify = (file: File) =>
    task(
      `Đang phân loại theo bảng điểm "${file.name}"`,
      async () => rulesWorker().classify(file.name, await file.arrayBuffer()),
      setClassification,
    );
  const runPlan = (files: readonly File[], admin: File | undefined, year: number | undefined) =>
    task(
      "Đang tính tiến độ kế hoạch",
      async () =>
        rulesWorker().plan(await workerFiles(files), admin && (await workerFiles([admin]))[0], year),
      setPlan,
    );

  const runTeams = (files: readonly File[], year: number, reading: string | null, enforce: boolean) =>
    task(
      `Đang xếp loại Tổ bảo vệ ANTT năm ${year}`,
      async () => rulesWorker().teams(await workerFiles(files), year, reading, enforce),
      setTeams,
    );

  const runAwards = (files: readonly File[]) =>
    task(
      "Đang xét điều kiện khen thưởng",
      async () => rulesWorker().awards(await workerFiles(files)),
      setAwards,
    );

  const runTypical = (files: readonly File[], admin: File | undefined, year: number | undefined) =>
    task(
      "Đang chọn đơn vị xây dựng điển hình",
      async () =>
        rulesWorker().typical(await workerFiles(files), year, admin && (await workerFiles([admin]))[0]),
      setTypical,
    );

  return (
    <>
      <a className="skip" href="#noi-dung">
        Bỏ qua, tới nội dung chính
      </a>
      <header className="top">
        <div className="brand">
          <img src="/favicon.svg" alt="" width="28" height="28" />
          <div>
            <h1>antq</h1>
            <p>
              <TaglineNote />
            </p>
          </div>
        </div>
        <nav aria-label="Màn hình">
          <ul>
            {SCREENS.map((s) => (
              <li key={s.id}>
                <button
                  type="button"
                  aria-current={screen === s.id ? "page" : undefined}
                  onClick={() => setScreen(s.id)}
                  disabled={s.id === "ket-qua" && !report}
                >
                  {s.label}
                </button>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="noi-dung" tabIndex={-1}>
        {busy && (
          <div className="busy" role="status" aria-live="polite">
            <span className="spinner" aria-hidden="true" />
            {busy.label}
            {busy.rows !== undefined ? ` — đã đọc ${busy.rows.toLocaleString("vi-VN")} dòng` : "…"}
          </div>
        )}
        {error && (
          <div className="alert" role="alert">
            <strong>Không thực hiện được.</strong> {error}
          </div>
        )}
        {screen === "du-lieu" && (
          <DataScreen
            load={load}
            busy={busy !== undefined}
            onFile={openFile}
            onAssess={(y) => assess(y, {})}
            province={province}
            onProvince={() => setScreen("quy-dinh")}
          />
        )}
        {screen === "ket-qua" && report && (
          <ResultsScreen report={report} busy={busy !== undefined} onReassess={assess} />
        )}
        {screen === "phan-loai" && (
          <ClassificationScreen
            report={classification}
            assessedYear={report?.year}
            busy={busy !== undefined}
            onFile={classify}
            inForce={province?.inForce.classification}
          />
        )}
        {screen === "ke-hoach" && <PlanScreen report={plan} busy={busy !== undefined} onRun={runPlan} />}
        {screen === "to-bao-ve" && <TeamsScreen report={teams} busy={busy !== undefined} onRun={runTeams} />}
        {screen === "dien-hinh" && (
          <TypicalScreen
            report={typical}
            busy={busy !== undefined}
            onRun={runTypical}
            inForce={province?.inForce.typical}
          />
        )}
        {screen === "khen-thuong" && (
          <AwardsScreen
            report={awards}
            busy={busy !== undefined}
            onRun={runAwards}
            inForce={province?.inForce.awards}
          />
        )}
        {screen === "lich-su" && <RecordScreen assessedYear={report?.year} />}
        {screen === "quy-dinh" && (
          <RulesScreen
            defaultYear={report?.year ?? load?.year ?? 2025}
            assessedYear={report?.year}
            province={province}
            busy={busy !== undefined}
            onSettings={loadProvince}
            onClearSettings={clearProvince}
            onCycleConfig={loadCycleConfig}
            onClearCycleConfig={clearCycleConfig}
          />
        )}
      </main>
      <footer className="bottom">
        <FooterNote />
      </footer>
    </>
  );
};
