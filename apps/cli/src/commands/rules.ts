/**
 * `antq quy-dinh` / `rules`: the rules, criteria, parameters and interpretation options in force on a
 * date, with their legal basis and history (from @antq/rules' metadata).
 */
import { vietnamDateOf } from "@antq/domain";
import { composeRuleSet, ruleSetListing, ruleSetMetadata } from "@antq/rules";
import { securityOrderRuleSet } from "@antq/rules-antt";
import { Effect, Option } from "effect";
import { Command, Flag } from "effect/cli";
import { loadOverlays, prepareRules } from "../assess/rules.js";
import { InvalidInputError } from "../errors.js";
import { parseDateVi } from "../format.js";
import { provinceFlag } from "./assess.js";
import { jsonFlag, printJson, printText } from "./shared.js";

/** Parses `--ngay` (dd/mm/yyyy or YYYY-MM-DD). */
export const parseDateFlag = (text: string): string | undefined =>
  /^\d{4}-\d{2}-\d{2}$/.test(text)
    ? parseDateVi(text.split("-").reverse().join("/"))
      ? text
      : undefined
    : parseDateVi(text);

export const rulesCommand = Command.make(
  "quy-dinh",
  {
    date: Flag.String("ngay").pipe(
      Flag.withDescription("Ngày áp dụng, dạng ngày/tháng/năm hoặc YYYY-MM-DD (mặc định hôm nay)"),
      Flag.optional,
    ),
    year: Flag.Int("nam").pipe(
      Flag.withDescription("Năm đánh giá (dùng ngày chốt của năm, 15/11)"),
      Flag.optional,
    ),
    provinces: provinceFlag,
    json: jsonFlag,
  },
  ({ date, year, provinces, json }) =>
    Effect.gen(function* () {
      let asOf: string | undefined;
      if (Option.isSome(date)) {
        asOf = parseDateFlag(date.value);
        if (!asOf)
          return yield* new InvalidInputError({
            message: `Ngày "${date.value}" không hợp lệ; viết dạng 25/09/2024.`,
          });
      } else if (Option.isNone(year)) asOf = vietnamDateOf(new Date());
      const compiled = yield* prepareRules({
        ...(asOf !== undefined ? { asOf } : { year: (year as Option.Some<number>).value }),
        provinces,
        readings: {},
      });
      const overlays = yield* loadOverlays(provinces);
      const composed = composeRuleSet(securityOrderRuleSet, overlays);
      const history = ruleSetMetadata(composed.ok ? composed.value : securityOrderRuleSet);
      if (json) return yield* printJson({ ngay: compiled.asOf, hieuLuc: compiled.metadata, lichSu: history });
      yield* printText(ruleSetListing(compiled.metadata, history, compiled.asOf));
    }),
).pipe(
  Command.withAlias("rules"),
  Command.withDescription(
    "Liệt kê quy tắc, tiêu chí, tham số và cách hiểu đang áp dụng tại một ngày, kèm căn cứ pháp lý và lịch sử",
  ),
  Command.withExamples([
    { command: "antq quy-dinh", description: "Quy định áp dụng hôm nay" },
    {
      command: "antq quy-dinh --ngay 01/01/2022",
      description: "Trước khi Thông tư 124/2021/TT-BCA có hiệu lực",
    },
    { command: "antq quy-dinh --nam 2024 --json", description: "Dạng JSON cho năm đánh giá 2024" },
  ]),
);
