/**
 * The province's configuration in the page, as the CLI's `--cau-hinh tinh.json` and `--tinh`: the settings
 * file (read by @antq/sheets' `parseProvinceSettings`) gives the readings of the interpretation options, and
 * the province rule packages come BUILT INTO the site. A rule package is JavaScript; the page's strict
 * Content-Security-Policy (`script-src 'self'`) never runs code it did not ship, so a province builds its own
 * site with its package (`ANTQ_GOI_TINH`, see apps/web/README.md) and every package of that build is in force.
 * A settings file naming a package the build does not hold is refused, in Vietnamese, at its field.
 */
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
import { parseProvinceSettings } from "@antq/sheets";
import { FileProblem } from "./engine.js";

/** A module bundled at build time: what it was named by, and its exports. */
export interface BundledModule {
  readonly specifier: string;
  readonly module: Readonly<Record<string, unknown>>;
}

/** A province rule package of the build: its overlays, made with @antq/rules' `defineOverlay`. */
export interface ProvincePackage {
  readonly specifier: string;
  readonly overlays: readonly Overlay<SecurityOrderInput>[];
}

/**
 * The packages of the build, each with the overlays it exports (unique by id), as the CLI's `--tinh` takes
 * them; a module that exports none is a build mistake, said in Vietnamese.
 */
export const provincePackages = (modules: readonly BundledModule[]): ProvincePackage[] =>
  modules.map(({ specifier, module }) => {
    const overlays = overlaysIn<SecurityOrderInput>(module);
    if (overlays.length === 0)
      throw new FileProblem(
        `Gói quy định của tỉnh "${specifier}" (ANTQ_GOI_TINH khi dựng trang) không xuất gói bổ sung nào tạo bằng defineOverlay của @antq/rules.`,
      );
    return { specifier, overlays };
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

/** The province configuration in force, for the page. */
export interface ProvinceView {
  /** The settings file loaded, if any. */
  readonly file: string | undefined;
  /** The province the settings file names (`tinh`). */
  readonly province: string | undefined;
  readonly readings: readonly ChosenReading[];
  /** The province rule packages built into the site (always in force on it). */
  readonly overlays: readonly OverlayView[];
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
  private file: string | undefined;
  private province: string | undefined;
  private chosen: Readings = {};

  constructor(private readonly packages: readonly ProvincePackage[] = []) {
    this.overlays = packages.flatMap((p) => p.overlays);
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
      overlays: this.overlays.map((o) => ({
        id: o.id,
        label: o.label,
        description: o.description,
        package: `${o.package.name}@${o.package.version}`,
        period: periodText(o),
        basis: bases(o.basis),
        changes: overlayChanges(o),
      })),
    };
  }
}
