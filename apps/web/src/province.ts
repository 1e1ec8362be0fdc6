/**
 * The province's configuration in the page, as the CLI's `--cau-hinh tinh.json` and `--tinh`: the settings
 * file (read by @antq/sheets' `parseProvinceSettings`) gives the readings of the interpretation options, and
 * the province rule packages come BUILT INTO the site. A rule package is JavaScript; the page's strict
 * Content-Security-Policy (`script-src 'self'`) never runs code it did not ship, so a province builds its own
 * site with its package (`ANTQ_GOI_TINH`, see apps/web/README.md) and every package of that build is in force.
 * A settings file naming a package the build does not hold is refused, in Vietnamese, at its field.
 *
 * The year's other work takes the province's configuration as the CLI does: the classification's overlays
 * (`antq phan-loai --tinh`, packages on @antq/criteria's configuration, built in like the rule packages), the
 * award conditions file (`antq khen-thuong --cau-hinh`, @antq/rules-awards' `parseProvinceConfig`) and the
 * điển hình rule file (`antq dien-hinh --cau-hinh`, @antq/criteria's `typicalRuleFromConfig`).
 */
import {
  EXAMPLE_PROVINCE_CONFIG,
  EXAMPLE_TYPICAL_RULE,
  type ScoreSheet,
  type TypicalEligibilityRule,
  typicalRuleFromConfig,
  withProvinceOverlays,
} from "@antq/criteria";
import { formatDate } from "@antq/format-vi";
import {
  composeRuleSet,
  formatLegalBasis,
  type LegalBasis,
  type Overlay,
  overlaysIn,
  type Readings,
  readingsProblem,
} from "@antq/rules";
import { type SecurityOrderInput, securityOrderRuleSet } from "@antq/rules-antt";
import { type AwardProposal, parseProvinceConfig } from "@antq/rules-awards";
import { jsonSyntaxPosition, parseProvinceSettings } from "@antq/sheets";
import { FileProblem } from "./engine.js";

/** A module bundled at build time: what it was named by, and its exports. */
export interface BundledModule {
  readonly specifier: string;
  readonly module: Readonly<Record<string, unknown>>;
}

/**
 * A province package of the build: its overlays on the national rules (`antq danh-gia --tinh`) and on the
 * classification configuration (`antq phan-loai --tinh`), each made with @antq/rules' `defineOverlay`.
 */
export interface ProvincePackage {
  readonly specifier: string;
  readonly overlays: readonly Overlay<SecurityOrderInput>[];
  readonly classificationOverlays: readonly Overlay<ScoreSheet>[];
}

/**
 * The packages of the build, each with the overlays it exports (unique by id), as the CLI's `--tinh` takes
 * them: an overlay that composes on @antq/criteria's classification configuration is the classification's
 * (`phan-loai --tinh`), any other the rules' (`danh-gia --tinh`). A module that exports none is a build
 * mistake, said in Vietnamese.
 */
export const provincePackages = (modules: readonly BundledModule[]): ProvincePackage[] =>
  modules.map(({ specifier, module }) => {
    const all = overlaysIn<SecurityOrderInput>(module);
    if (all.length === 0)
      throw new FileProblem(
        `Gói quy định của tỉnh "${specifier}" (ANTQ_GOI_TINH khi dựng trang) không xuất gói bổ sung nào tạo bằng defineOverlay của @antq/rules.`,
      );
    const classification = all.filter(
      (o) => withProvinceOverlays(EXAMPLE_PROVINCE_CONFIG, [o as unknown as Overlay<ScoreSheet>]).ok,
    );
    return {
      specifier,
      overlays: all.filter((o) => !classification.includes(o)),
      classificationOverlays: classification as unknown as Overlay<ScoreSheet>[],
    };
  });

/** One change an overlay makes to the national rules, with its legal basis. */
export interface OverlayChange {
  readonly text: string;
  readonly basis: string;
}

/** A province overlay in force, for "Tra cứu quy định": what it changes and on what legal basis. */
export interface OverlayView {
  readonly id: string;
  readonly label: string;
  readonly description: string | undefined;
  readonly package: string;
  readonly period: string;
  readonly basis: string;
  readonly changes: readonly OverlayChange[];
}

/** A reading the settings file chose. */
export interface ChosenReading {
  readonly id: string;
  readonly label: string;
  readonly choice: string;
}

/** A province configuration file of the year's other work loaded in the page, and what it is. */
export interface CycleConfigView {
  readonly file: string;
  readonly label: string;
}

/**
 * Which configuration each screen of the year's other work uses: the province's (built in or loaded) or the
 * example's, in a sentence for the screen.
 */
export interface CycleConfigInForce {
  readonly classification: string;
  readonly awards: string;
  readonly typical: string;
}

/** The province configuration in force, for the page. */
export interface ProvinceView {
  /** The settings file loaded, if any. */
  readonly file: string | undefined;
  /** The province the settings file names (`tinh`). */
  readonly province: string | undefined;
  readonly readings: readonly ChosenReading[];
  /** The province rule packages built into the site (always in force on it). */
  readonly overlays: readonly OverlayView[];
  /** The classification overlays built into the site (`antq phan-loai --tinh`). */
  readonly classificationOverlays: readonly OverlayView[];
  /** The award conditions file loaded (`antq khen-thuong --cau-hinh`). */
  readonly awards: CycleConfigView | undefined;
  /** The điển hình rule file loaded (`antq dien-hinh --cau-hinh`). */
  readonly typical: CycleConfigView | undefined;
  readonly inForce: CycleConfigInForce;
}

const bases = (b: LegalBasis | readonly LegalBasis[]): string =>
  (Array.isArray(b) ? (b as readonly LegalBasis[]) : [b as LegalBasis]).map(formatLegalBasis).join("; ");

const periodText = (v: { readonly from?: string | undefined; readonly to?: string | undefined }) =>
  `${v.from ? `từ ${formatDate(v.from)}` : ""}${v.to ? ` đến ${formatDate(v.to)}` : ""}`.trim();

const valueText = (value: unknown) =>
  typeof value === "number" ? value.toLocaleString("vi-VN") : JSON.stringify(value);

/** What an overlay changes, one line per change, each with its legal basis (read from the overlay itself). */
export const overlayChanges = (overlay: Overlay<SecurityOrderInput>): OverlayChange[] => {
  const base = securityOrderRuleSet;
  const ruleLabel = (id: string) => base.rules.find((r) => r.id === id)?.label ?? id;
  const changes: OverlayChange[] = [];
  for (const r of overlay.addRules ?? [])
    for (const v of r.versions)
      changes.push({ text: `Thêm tiêu chí “${r.label}” (${r.id}) ${periodText(v)}`, basis: bases(v.basis) });
  for (const r of overlay.replaceRules ?? [])
    for (const v of r.versions)
      changes.push({
        text: `Thay tiêu chí “${ruleLabel(r.id)}” (${r.id}) ${periodText(v)}`,
        basis: bases(v.basis),
      });
  for (const d of overlay.disableRules ?? [])
    changes.push({
      text: `Không áp dụng tiêu chí “${ruleLabel(d.id)}” (${d.id}) ${periodText({ from: d.from ?? overlay.from, to: d.to })}: ${d.reason}`,
      basis: bases(d.basis),
    });
  for (const p of overlay.addParameters ?? [])
    for (const v of p.values)
      changes.push({
        text: `Thêm tham số “${p.label}” (${p.id}): ${valueText(v.value)}${p.unit ? ` ${p.unit}` : ""} ${periodText(v)}`,
        basis: bases(v.basis),
      });
  for (const s of overlay.setParameters ?? []) {
    const p = base.parameters.find((x) => x.id === s.id);
    for (const v of s.values) {
      // The national value in force when the province's starts.
      const national = p?.values.find((x) => x.from <= v.from && (x.to === undefined || v.from <= x.to));
      changes.push({
        text: `Tham số “${p?.label ?? s.id}” (${s.id}): ${valueText(v.value)}${p?.unit ? ` ${p.unit}` : ""} ${periodText(v)}${
          national ? ` (quy định chung: ${valueText(national.value)})` : ""
        }`,
        basis: bases(v.basis),
      });
    }
  }
  for (const i of overlay.addInterpretations ?? [])
    changes.push({ text: `Thêm cách hiểu “${i.label}” (${i.id})`, basis: bases(i.basis) });
  for (const s of overlay.setInterpretations ?? []) {
    const i = base.interpretations.find((x) => x.id === s.id);
    const choice =
      s.default === null
        ? "chưa quyết định"
        : (i?.choices.find((c) => c.id === s.default)?.label ?? s.default);
    changes.push({
      text: `${i?.label ?? `Cách hiểu ${s.id}`}: tỉnh chọn “${choice}” ${periodText({ from: s.from ?? overlay.from, to: s.to ?? overlay.to })}`,
      basis: bases(s.basis),
    });
  }
  return changes;
};

/**
 * The JSON of a configuration file; broken JSON is a {@link FileProblem} naming the line and column, as the
 * settings file's (@antq/sheets `jsonSyntaxPosition`).
 */
const configJson = (what: string, name: string, text: string): unknown => {
  const body = text.replace(/^\uFEFF/, "");
  try {
    return JSON.parse(body);
  } catch (error) {
    const at = jsonSyntaxPosition(body, error);
    throw new FileProblem(
      `${what} "${name}" không phải JSON hợp lệ${at ? ` (dòng ${at.line}, cột ${at.column})` : ""}; kiểm tra dấu phẩy, ngoặc và dấu nháy kép.`,
    );
  }
};

/** A package's problems with their field path, as one Vietnamese {@link FileProblem}. */
const located = (
  what: string,
  name: string,
  issues: readonly { readonly message: string; readonly path?: readonly (string | number)[] }[],
) =>
  new FileProblem(
    `${what} "${name}" không hợp lệ: ${issues
      .map((i) =>
        i.path && i.path.length > 0 && !i.message.includes(i.path.join("."))
          ? `trường ${i.path.join(".")}: ${i.message}`
          : i.message,
      )
      .join("; ")}`,
  );

const AWARDS_FILE = "Tệp cấu hình khen thưởng của tỉnh";
const TYPICAL_FILE = "Tệp điều kiện chọn điển hình của tỉnh";

/** An overlay in force, for the page: its label, package, period and legal basis, with what it changes. */
const overlayView = (
  o: Pick<Overlay<unknown>, "id" | "label" | "description" | "package" | "from" | "to" | "basis">,
  changes: readonly OverlayChange[],
): OverlayView => ({
  id: o.id,
  label: o.label,
  description: o.description,
  package: `${o.package.name}@${o.package.version}`,
  period: periodText(o),
  basis: bases(o.basis),
  changes,
});

/** The names a settings file may give a built-in package by: its module, its npm name, an overlay's id. */
const namesOf = (p: ProvincePackage): string[] => [
  p.specifier,
  ...p.overlays.flatMap((o) => [o.package.name, o.id]),
];

/**
 * The province configuration of the page: the build's packages (in force from the start) and the readings
 * of the settings file loaded, if any. Kept in the rules worker.
 */
export class ProvinceConfig {
  readonly overlays: readonly Overlay<SecurityOrderInput>[];
  /** The classification overlays of the build, each with the package it came from (`phan-loai --tinh`). */
  readonly classificationOverlays: readonly { overlay: Overlay<ScoreSheet>; source: string }[];
  private file: string | undefined;
  private province: string | undefined;
  private chosen: Readings = {};
  private awardsFile: { file: string; label: string; overlay: Overlay<AwardProposal> } | undefined;
  private typicalFile: { file: string; rule: TypicalEligibilityRule } | undefined;

  constructor(private readonly packages: readonly ProvincePackage[] = []) {
    this.overlays = packages.flatMap((p) => p.overlays);
    this.classificationOverlays = packages.flatMap((p) =>
      p.classificationOverlays.map((overlay) => ({ overlay, source: p.specifier })),
    );
  }

  /**
   * The classification configuration in force: @antq/criteria's example with the build's classification
   * overlays composed in, as `antq phan-loai --tinh`; a conflict between them is a {@link FileProblem}.
   */
  classification() {
    const composed = withProvinceOverlays(
      EXAMPLE_PROVINCE_CONFIG,
      this.classificationOverlays.map((o) => o.overlay),
    );
    if (!composed.ok)
      throw new FileProblem(
        `Cấu hình phân loại không hợp lệ: ${composed.issues.map((i) => i.message).join("; ")}.`,
      );
    return { config: composed.value, overlays: this.classificationOverlays };
  }

  /** The award conditions overlay of the file loaded (`antq khen-thuong --cau-hinh`), none by default. */
  get awardOverlays(): readonly Overlay<AwardProposal>[] {
    return this.awardsFile ? [this.awardsFile.overlay] : [];
  }

  /** The điển hình rule of the file loaded (`antq dien-hinh --cau-hinh`), else @antq/criteria's example. */
  get typicalRule(): TypicalEligibilityRule {
    return this.typicalFile?.rule ?? (EXAMPLE_TYPICAL_RULE as TypicalEligibilityRule);
  }

  /**
   * Reads the province's award conditions file (`antq khen-thuong --cau-hinh`: province, document, from,
   * conditions) with @antq/rules-awards' `parseProvinceConfig`; problems located at their field.
   */
  loadAwards(name: string, text: string): ProvinceView {
    const json = configJson(AWARDS_FILE, name, text);
    const parsed = parseProvinceConfig(json);
    if (!parsed.ok) throw located(AWARDS_FILE, name, parsed.issues);
    const raw = json as { province: string; document: string };
    this.awardsFile = {
      file: name,
      label: `${parsed.value.label} (${raw.document}, ${raw.province})`,
      overlay: parsed.value,
    };
    return this.view();
  }

  /**
   * Reads the province's điển hình rule file (`antq dien-hinh --cau-hinh`: label, levels, requireTt124, kinds)
   * with @antq/criteria's `typicalRuleFromConfig`; problems located at their field.
   */
  loadTypical(name: string, text: string): ProvinceView {
    const rule = typicalRuleFromConfig(configJson(TYPICAL_FILE, name, text));
    if (!rule.ok) throw located(TYPICAL_FILE, name, rule.issues);
    this.typicalFile = { file: name, rule: rule.value };
    return this.view();
  }

  /** Forgets the award conditions file. */
  clearAwards(): ProvinceView {
    this.awardsFile = undefined;
    return this.view();
  }

  /** Forgets the điển hình rule file. */
  clearTypical(): ProvinceView {
    this.typicalFile = undefined;
    return this.view();
  }

  /** The readings of the settings file (the page's own choices go over them, as the CLI's flags do). */
  get readings(): Readings {
    return this.chosen;
  }

  /**
   * Reads a settings file (`tinh.json`, the CLI's `--cau-hinh`). Every problem is located (the field, or the
   * line and column of broken JSON) in a Vietnamese {@link FileProblem}; nothing changes then.
   */
  load(name: string, text: string): ProvinceView {
    const parsed = parseProvinceSettings(text);
    const refuse = (messages: readonly string[]) =>
      new FileProblem(`Tệp cấu hình tỉnh "${name}" không hợp lệ: ${messages.join("; ")}.`);
    if (!parsed.ok) throw refuse(parsed.messages);
    const missing = parsed.value.packages.flatMap((wanted, i) =>
      this.packages.some((p) => namesOf(p).includes(wanted))
        ? []
        : [
            `trường goiQuyDinh[${i}]: gói quy định “${wanted}” không có sẵn trong bản web này (${
              this.packages.length === 0
                ? "bản này chỉ có quy định chung"
                : `bản này có: ${this.packages.map((p) => p.overlays.map((o) => o.package.name).join(", ")).join(", ")}`
            }); trình duyệt không nạp mã của gói khi chạy, tỉnh cần dựng trang web kèm gói (ANTQ_GOI_TINH)`,
          ],
    );
    if (missing.length > 0) throw refuse(missing);
    const composed = composeRuleSet(securityOrderRuleSet, this.overlays);
    const interpretations = composed.ok
      ? composed.value.interpretations
      : securityOrderRuleSet.interpretations;
    const problem = readingsProblem(parsed.value.readings, interpretations);
    if (problem) throw refuse([`trường cachHieu: ${problem.message}`]);
    const raw = JSON.parse(text.replace(/^\uFEFF/, "")) as { tinh?: string };
    this.file = name;
    this.province = raw.tinh;
    this.chosen = parsed.value.readings;
    return this.view();
  }

  /** Forgets the settings file (the build's packages stay in force). */
  clear(): ProvinceView {
    this.file = undefined;
    this.province = undefined;
    this.chosen = {};
    return this.view();
  }

  view(): ProvinceView {
    const interpretations = composeRuleSet(securityOrderRuleSet, this.overlays);
    const all = interpretations.ok
      ? interpretations.value.interpretations
      : securityOrderRuleSet.interpretations;
    return {
      file: this.file,
      province: this.province,
      readings: Object.entries(this.chosen).map(([id, choice]) => {
        const i = all.find((x) => x.id === id);
        return {
          id,
          label: i?.label ?? id,
          choice:
            choice === null ? "chưa quyết định" : (i?.choices.find((c) => c.id === choice)?.label ?? choice),
        };
      }),
      overlays: this.overlays.map((o) => overlayView(o, overlayChanges(o))),
      classificationOverlays: this.classificationOverlays.map(({ overlay }) => overlayView(overlay, [])),
      awards: this.awardsFile && { file: this.awardsFile.file, label: this.awardsFile.label },
      typical: this.typicalFile && { file: this.typicalFile.file, label: this.typicalFile.rule.label },
      inForce: this.inForce(),
    };
  }

  /** Which configuration each screen of the year's other work uses, in a sentence. */
  private inForce(): CycleConfigInForce {
    const classification = this.classificationOverlays;
    return {
      classification:
        classification.length === 0
          ? "cấu hình ví dụ của @antq/criteria (bản web này không kèm gói phân loại của tỉnh)"
          : `cấu hình của tỉnh — ${classification.map(({ overlay: o }) => `${o.label} (${o.package.name} ${o.package.version})`).join("; ")}`,
      awards: this.awardsFile
        ? `điều kiện của tỉnh trong tệp “${this.awardsFile.file}”: ${this.awardsFile.label}`
        : "chỉ văn bản quốc gia (chưa nạp tệp cấu hình khen thưởng của tỉnh; điều kiện chưa có văn bản được đánh dấu cần xem xét)",
      typical: this.typicalFile
        ? `điều kiện chọn của tỉnh trong tệp “${this.typicalFile.file}”: ${this.typicalFile.rule.label}`
        : "điều kiện chọn ví dụ của @antq/criteria (chưa nạp tệp điều kiện của tỉnh)",
    };
  }
}
