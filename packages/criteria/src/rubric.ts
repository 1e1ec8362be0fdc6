/**
 * Rubrics ("bảng chấm điểm") as data: groups, items with maximum points, sub-items, deduction items, level
 * bands and veto criteria, all in tenths of a point. Rubrics serialise to JSON (format "antq.rubric/1") and
 * are validated by a zod schema from which the published JSON Schema `schemas/rubric.schema.json` is made.
 */
import { z } from "zod";
import { checkBands } from "./band.js";
import { type Issue, type LegalBasis, LegalBasisSchema, type Result } from "./internal/engine.js";

const ID_RE = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const RubricId = z.string().regex(ID_RE).describe("Mã (chữ, số, _ . -), ví dụ “1.a” hoặc “IV.2”.");
const TenthsSchema = z.number().int().min(0).describe("Số phần mười điểm (85 = 8,5 điểm).");

/**
 * Zod schema of a rounding rule (see `RoundingRule`).
 *
 * @example
 * RoundingRuleSchema.safeParse("half-up").success; //=> true
 * RoundingRuleSchema.safeParse("làm tròn lên").success; //=> false
 */
export const RoundingRuleSchema = z
  .enum(["half-up", "half-even", "down", "reject"])
  .describe("Quy tắc làm tròn điểm nhập dạng thập phân về phần mười điểm.");

/**
 * Zod schema of a leaf item or sub-item. `graded`: the officer enters the points (0…max); `deduction`: the
 * item starts at `max` and loses `perEvent` for each event entered, never below 0.
 *
 * @example
 * RubricLeafSchema.safeParse({ id: "1", label: "Nghị quyết", max: 30, mode: "graded" }).success; //=> true
 * // Points are whole tenths: 2,5 points is 25, never 2.5.
 * RubricLeafSchema.safeParse({ id: "1", label: "Nghị quyết", max: 2.5, mode: "graded" }).success; //=> false
 */
export const RubricLeafSchema = z
  .object({
    id: RubricId,
    label: z.string().min(1),
    max: TenthsSchema,
    mode: z.enum(["graded", "deduction"]).describe("graded: chấm điểm; deduction: trừ điểm theo số vụ việc."),
    perEvent: z.number().int().positive().optional().describe("Số phần mười điểm bị trừ cho mỗi vụ việc."),
    basis: LegalBasisSchema.optional(),
    example: z.boolean().optional().describe("Nội dung là cấu hình ví dụ, không lấy từ văn bản."),
    note: z.string().optional(),
  })
  .strict();

/**
 * Zod schema of an item: a leaf, or a parent whose sub-items are summed and capped at `max`.
 *
 * @example
 * RubricItemSchema.parse({ id: "4", label: "Phối hợp", max: 30, mode: "graded" }).children; //=> undefined
 * RubricItemSchema.safeParse({ id: "4", label: "Phối hợp", max: 30, mode: "graded", children: [] }).success; //=> false
 */
export const RubricItemSchema = RubricLeafSchema.extend({
  children: z.array(RubricLeafSchema).min(1).optional().describe("Mục con; tổng điểm mục con bị chặn ở max."),
}).strict();

/**
 * Zod schema of a group of items; the group total is capped at `max`.
 *
 * @example
 * RubricGroupSchema.safeParse({ id: "I", label: "Lãnh đạo, chỉ đạo", max: 200, items: [] }).success; //=> true
 * RubricGroupSchema.safeParse({ id: "Nhóm I", label: "Lãnh đạo, chỉ đạo", max: 200, items: [] }).success; //=> false
 */
export const RubricGroupSchema = z
  .object({
    id: RubricId,
    label: z.string().min(1),
    max: TenthsSchema,
    basis: LegalBasisSchema.optional(),
    example: z.boolean().optional(),
    items: z.array(RubricItemSchema),
  })
  .strict();

/**
 * Zod schema of a level (best first in `levels`).
 *
 * @example
 * LevelSchema.parse({ id: "xuat_sac", label: "Xuất sắc" }); //=> { id: "xuat_sac", label: "Xuất sắc" }
 * LevelSchema.safeParse({ id: "xuat_sac", label: "" }).success; //=> false
 */
export const LevelSchema = z.object({ id: RubricId, label: z.string().min(1) }).strict();

/**
 * Zod schema of a band: totals from `min` to `max` (inclusive, tenths) give `level`.
 *
 * @example
 * BandSchema.parse({ level: "kha", min: 700, max: 899 }); //=> { level: "kha", min: 700, max: 899 }
 * BandSchema.safeParse({ level: "kha", min: 70, max: 89.9 }).success; //=> false
 */
export const BandSchema = z
  .object({ level: RubricId, min: TenthsSchema, max: TenthsSchema })
  .strict()
  .describe("Khoảng điểm (tính cả hai đầu, phần mười điểm) ứng với một mức.");

/**
 * Zod schema of a veto condition: a fact on the sheet equal / not equal to a value, or an item scoring
 * below a minimum.
 *
 * @example
 * VetoConditionSchema.safeParse({ type: "fact-not", fact: "tt124", value: "dat" }).success; //=> true
 * VetoConditionSchema.safeParse({ type: "item-below", item: "IV" }).success; //=> false
 */
export const VetoConditionSchema = z.discriminatedUnion("type", [
  z
    .object({
      type: z.literal("fact-is"),
      fact: z.string().min(1),
      value: z.union([z.string(), z.boolean()]),
    })
    .strict(),
  z
    .object({
      type: z.literal("fact-not"),
      fact: z.string().min(1),
      value: z.union([z.string(), z.boolean()]),
    })
    .strict(),
  z.object({ type: z.literal("item-below"), item: RubricId, min: TenthsSchema }).strict(),
]);

/**
 * Zod schema of a veto criterion ("điều kiện khống chế"): when the condition holds, the level is at most
 * `capLevel`. A veto never raises a level.
 *
 * @example
 * VetoSchema.parse({ id: "tt124", label: "Chưa đạt An toàn về ANTT", capLevel: "kha", when: { type: "fact-not", fact: "tt124", value: "dat" } }).capLevel; //=> "kha"
 */
export const VetoSchema = z
  .object({
    id: RubricId,
    label: z.string().min(1),
    capLevel: RubricId,
    when: VetoConditionSchema,
    basis: LegalBasisSchema.optional(),
    example: z.boolean().optional(),
    note: z.string().optional(),
  })
  .strict();

/**
 * Zod schema of a rubric (format "antq.rubric/1"); the source of `schemas/rubric.schema.json`.
 *
 * @example
 * const text = rubricToJson(exampleRubric("commune"));
 * RubricSchema.safeParse(JSON.parse(text)).success; //=> true
 * RubricSchema.safeParse({ ...JSON.parse(text), max: "một trăm" }).success; //=> false
 */
export const RubricSchema = z
  .object({
    format: z.literal("antq.rubric/1"),
    id: RubricId,
    label: z.string().min(1),
    unitKind: z.string().min(1).describe("Loại đơn vị được chấm, ví dụ “commune”."),
    max: TenthsSchema.describe("Tổng điểm chuẩn (phần mười điểm), ví dụ 1000 = 100 điểm."),
    rounding: RoundingRuleSchema,
    basis: z.array(LegalBasisSchema).min(1),
    example: z.boolean().describe("true: cấu hình ví dụ, không phải quy định; kết quả ghi “cần xem xét”."),
    review: z.string().optional().describe("Lý do kết quả dùng bảng này cần xem xét."),
    note: z.string().optional(),
    levels: z.array(LevelSchema).min(1).describe("Các mức, tốt nhất trước."),
    bands: z.array(BandSchema).min(1),
    vetoes: z.array(VetoSchema),
    groups: z.array(RubricGroupSchema).min(1),
  })
  .strict();

/**
 * A leaf item or sub-item.
 *
 * @example
 * const leaf: RubricLeaf = { id: "2", label: "Tuyên truyền", max: 30, mode: "graded" };
 */
export type RubricLeaf = z.infer<typeof RubricLeafSchema>;
/**
 * An item (possibly with sub-items).
 *
 * @example
 * const item: RubricItem = { id: "4", label: "Phối hợp", max: 30, mode: "graded", children: [leaf] };
 */
export type RubricItem = z.infer<typeof RubricItemSchema>;
/**
 * A group of items.
 *
 * @example
 * const g: RubricGroup = { id: "I", label: "Lãnh đạo", max: 200, items: [] };
 */
export type RubricGroup = z.infer<typeof RubricGroupSchema>;
/**
 * A level of a rubric.
 *
 * @example
 * const l: Level = { id: "kha", label: "Khá" };
 */
export type Level = z.infer<typeof LevelSchema>;
/**
 * A level band.
 *
 * @example
 * const b: Band = { level: "kha", min: 700, max: 899 };
 */
export type Band = z.infer<typeof BandSchema>;
/**
 * A veto condition.
 *
 * @example
 * const c: VetoCondition = { type: "item-below", item: "IV", min: 100 };
 */
export type VetoCondition = z.infer<typeof VetoConditionSchema>;
/**
 * A veto criterion.
 *
 * @example
 * const v: Veto = { id: "tt124", label: "…", capLevel: "kha", when: { type: "fact-not", fact: "tt124", value: "dat" } };
 */
export type Veto = z.infer<typeof VetoSchema>;
/**
 * A rubric.
 *
 * @example
 * const json = JSON.parse(rubricToJson(exampleRubric("residential-area")));
 * const r: Rubric = RubricSchema.parse(json);
 * r.groups.map((g) => g.id); //=> ["I", "II", "III", "IV", "V"]
 */
export type Rubric = z.infer<typeof RubricSchema>;

/**
 * Static checks of a rubric (none of them throw): duplicate ids (`DUPLICATE_ID`), a parent whose sub-items
 * cannot reach its maximum (`ITEM_MAX_UNREACHABLE`, `GROUP_MAX_UNREACHABLE`), groups not summing to the
 * stated total (`RUBRIC_MAX_MISMATCH`), a deduction item without a step (`DEDUCTION_WITHOUT_STEP`),
 * a graded item with a step (`STEP_ON_GRADED`), bands with gaps, overlaps or unknown levels (`BAND_*`) and
 * vetoes naming unknown levels or items (`VETO_UNKNOWN_LEVEL`, `VETO_UNKNOWN_ITEM`).
 *
 * @example
 * checkRubric(exampleRubric("commune")); //=> []
 * checkRubric({ ...exampleRubric("commune"), max: 900 }).map((i) => i.code); //=> ["RUBRIC_MAX_MISMATCH", "BAND_BEYOND_MAX"]
 */
export function checkRubric(rubric: Rubric): Issue[] {
  const issues: Issue[] = [];
  const ids = new Set<string>();
  const seen = (id: string, path: (string | number)[]): void => {
    if (ids.has(id))
      issues.push({ code: "DUPLICATE_ID", message: `Mã “${id}” bị trùng trong bảng điểm.`, path });
    ids.add(id);
  };
  const leaf = (l: RubricLeaf, path: (string | number)[]): void => {
    if (l.mode === "deduction" && l.perEvent === undefined) {
      issues.push({
        code: "DEDUCTION_WITHOUT_STEP",
        message: `Mục ${l.id} trừ điểm theo vụ việc nhưng thiếu số điểm trừ mỗi vụ (perEvent).`,
        path,
      });
    }
    if (l.mode === "graded" && l.perEvent !== undefined) {
      issues.push({ code: "STEP_ON_GRADED", message: `Mục ${l.id} chấm điểm nhưng có perEvent.`, path });
    }
  };
  let groupSum = 0;
  rubric.groups.forEach((g, gi) => {
    const gPath = ["groups", gi];
    seen(g.id, [...gPath, "id"]);
    groupSum += g.max;
    let itemSum = 0;
    g.items.forEach((it, ii) => {
      const iPath = [...gPath, "items", ii];
      seen(it.id, [...iPath, "id"]);
      itemSum += it.max;
      if (it.children) {
        let childSum = 0;
        it.children.forEach((c, ci) => {
          seen(c.id, [...iPath, "children", ci, "id"]);
          childSum += c.max;
          leaf(c, [...iPath, "children", ci]);
        });
        if (childSum < it.max) {
          issues.push({
            code: "ITEM_MAX_UNREACHABLE",
            message: `Mục ${it.id}: tổng điểm các mục con (${childSum / 10}) nhỏ hơn điểm tối đa (${it.max / 10}).`,
            path: iPath,
          });
        }
      } else {
        leaf(it, iPath);
      }
    });
    if (itemSum < g.max) {
      issues.push({
        code: "GROUP_MAX_UNREACHABLE",
        message: `Nhóm ${g.id}: tổng điểm các mục (${itemSum / 10}) nhỏ hơn điểm tối đa của nhóm (${g.max / 10}).`,
        path: gPath,
      });
    }
  });
  if (groupSum !== rubric.max) {
    issues.push({
      code: "RUBRIC_MAX_MISMATCH",
      message: `Tổng điểm tối đa các nhóm (${groupSum / 10}) khác tổng điểm chuẩn (${rubric.max / 10}).`,
      path: ["max"],
    });
  }
  const levelIds = new Set<string>();
  rubric.levels.forEach((l, li) => {
    if (levelIds.has(l.id)) {
      issues.push({ code: "DUPLICATE_ID", message: `Mức “${l.id}” bị trùng.`, path: ["levels", li, "id"] });
    }
    levelIds.add(l.id);
  });
  issues.push(...checkBands(rubric.bands, rubric.max, rubric.levels));
  rubric.vetoes.forEach((v, vi) => {
    if (!levelIds.has(v.capLevel)) {
      issues.push({
        code: "VETO_UNKNOWN_LEVEL",
        message: `Điều kiện khống chế ${v.id} nêu mức “${v.capLevel}” không có trong bảng điểm.`,
        path: ["vetoes", vi, "capLevel"],
      });
    }
    if (v.when.type === "item-below" && !ids.has(v.when.item)) {
      issues.push({
        code: "VETO_UNKNOWN_ITEM",
        message: `Điều kiện khống chế ${v.id} nêu mục “${v.when.item}” không có trong bảng điểm.`,
        path: ["vetoes", vi, "when", "item"],
      });
    }
  });
  return issues;
}

/**
 * Parses and checks a rubric from JSON-like data: schema errors (`SCHEMA_INVALID` with the path) and then
 * the static checks of {@link checkRubric}. Strings are normalised to NFC.
 *
 * @example
 * const data = JSON.parse(rubricToJson(exampleRubric("commune")));
 * parseRubric(data).ok; //=> true
 * const r = parseRubric({ ...data, bands: [{ level: "xuat_sac", min: 900, max: 1000 }, { level: "kha", min: 0, max: 800 }] });
 * !r.ok && r.issues.map((i) => i.code); //=> ["BAND_GAP"]
 */
export function parseRubric(data: unknown): Result<Rubric> {
  const parsed = RubricSchema.safeParse(nfc(data));
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((i) => ({
        code: "SCHEMA_INVALID",
        message: `Sai cấu trúc bảng điểm: ${i.message}`,
        path: i.path.map((p) => (typeof p === "symbol" ? String(p) : p)),
      })),
    };
  }
  const issues = checkRubric(parsed.data);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: parsed.data };
}

/**
 * Checks a rubric whose structure is already known to be valid (e.g. a parameter value checked by
 * @antq/rules against {@link RubricSchema}): strings are normalised to NFC and the static checks of
 * {@link checkRubric} run; no second schema parse.
 *
 * @example
 * checkedRubric(exampleRubric("commune")).ok; //=> true
 * const r = checkedRubric({ ...exampleRubric("commune"), vetoes: [{ ...exampleRubric("commune").vetoes[0], capLevel: "gioi" }] });
 * !r.ok && r.issues.map((i) => i.code); //=> ["VETO_UNKNOWN_LEVEL"]
 */
export function checkedRubric(rubric: Rubric): Result<Rubric> {
  const normalised = nfc(rubric) as Rubric;
  const issues = checkRubric(normalised);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: normalised };
}

/**
 * The JSON form of a rubric (stable key order as declared, NFC strings): `JSON.stringify` of a validated copy.
 *
 * @example
 * const text = rubricToJson(rubric); parseRubric(JSON.parse(text)).ok; //=> true
 */
export function rubricToJson(rubric: Rubric): string {
  return JSON.stringify(RubricSchema.parse(nfc(rubric)), null, 2);
}

/**
 * Builds a rubric from a definition, filling `format`, checking it and throwing a `TypeError` with every
 * issue when it is unsound (rubric content is code: a broken rubric is a programmer error).
 *
 * @example
 * const r = defineRubric({ id: "vd", label: "Ví dụ", unitKind: "commune", max: 100, rounding: "half-up",
 *   basis: [cite("510/QĐ-BCA-V05")], example: true, levels: [{ id: "dat", label: "Đạt" }],
 *   bands: [{ level: "dat", min: 0, max: 100 }], vetoes: [],
 *   groups: [{ id: "I", label: "Nhóm", max: 100, items: [{ id: "1", label: "Mục", max: 100, mode: "graded" }] }] });
 * r.format; //=> "antq.rubric/1"
 * Object.isFrozen(r); //=> true
 */
export function defineRubric(definition: Omit<Rubric, "format">): Rubric {
  const result = parseRubric({ format: "antq.rubric/1", ...definition });
  if (!result.ok) {
    throw new TypeError(
      `Bảng điểm ${definition.id} không hợp lệ: ${result.issues.map((i) => `[${i.code}] ${i.message}`).join("; ")}`,
    );
  }
  return deepFreeze(result.value);
}

/**
 * Every leaf (sub-item, or item without sub-items) of a rubric with its group and parent, in display order.
 *
 * @example
 * rubricLeaves(rubric).map((l) => l.leaf.id);
 * //=> ["I.1", "I.2", "II.1", "II.2", "III.1.a", "III.1.b", "III.2", "IV.1", "IV.2", "V.1"]
 * rubricLeaves(rubric)[4].parent?.id; //=> "III.1"
 */
export function rubricLeaves(
  rubric: Rubric,
): { readonly group: RubricGroup; readonly parent: RubricItem | undefined; readonly leaf: RubricLeaf }[] {
  const out: { group: RubricGroup; parent: RubricItem | undefined; leaf: RubricLeaf }[] = [];
  for (const group of rubric.groups) {
    for (const item of group.items) {
      if (item.children) for (const leaf of item.children) out.push({ group, parent: item, leaf });
      else out.push({ group, parent: undefined, leaf: item });
    }
  }
  return out;
}

/**
 * The basis of a node, falling back to its parents and then to the rubric's first basis.
 *
 * @example
 * // III.1.a, its parent III.1 and group III carry no basis of their own: the rubric's first basis applies.
 * basisOf(rubric, leaf, parent, group)?.document; //=> "510/QĐ-BCA-V05"
 * basisOf(rubric, { basis: cite("124/2021/TT-BCA", { article: 3 }) }, group)?.document; //=> "124/2021/TT-BCA"
 */
export function basisOf(
  rubric: Rubric,
  ...nodes: readonly ({ readonly basis?: LegalBasis | undefined } | undefined)[]
): LegalBasis | undefined {
  for (const n of nodes) if (n?.basis !== undefined) return n.basis;
  return rubric.basis[0];
}

function nfc(value: unknown): unknown {
  if (typeof value === "string") return value.normalize("NFC");
  if (Array.isArray(value)) return value.map(nfc);
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = nfc(v);
    return out;
  }
  return value;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
