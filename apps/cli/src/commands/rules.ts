/**
 * `antq quy-dinh` / `rules`: the rules, criteria, parameters and interpretation options in force on a
 * date, with their legal basis and history (from @antq/rules' metadata).
 */
import { vietnamDateOf } from "@antq/domain";
import { parseDate } from "@antq/format-vi";
import { composeRuleSet, ruleSetListing, ruleSetMetadata, rulesInForceDocument } from "@antq/rules";
import { securityOrderRuleSet } from "@antq/rules-antt";
import { Command } from "effect/cli";
import * as Effect from "effect/Effect";
import * as Option from "effect/Option";
import { loadOverlays, prepareRules } from "../assess/rules.js";
import { InvalidInputError } from "../errors.js";
import { provinceFlag } from "./assess.js";
import { intFlag, textFlag, withHelp } from "./define.js";
import { jsonFlag, printJson, printText } from "./shared.js";

/** Parses `--ngay` (dd/mm/yyyy or YYYY-MM-DD). */
export const parseDateFlag = (text: string): string | undefined => {
  const parsed = parseDate(/^\d{4}-\d{2}-\d{2}$/.test(text) ? text.split("-").reverse().join("/") : text);
  return parsed.ok ? parsed.value : undefined;
};

export const rulesCommand = Command.make(
  "quy-dinh",
  {
    date: textFlag("ngay", "Ngày áp dụng, dạng ngày/tháng/năm hoặc YYYY-MM-DD (mặc định hôm nay)"),
    year: intFlag("nam", "Năm đánh giá (dùng ngày chốt của năm, 15/11)"),
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
      const overlays = yield* loadOverlays(provinces);
      const compiled = yield* prepareRules(
        {
          ...(asOf !== undefined ? { asOf } : { year: (year as Option.Some<number>).value }),
          provinces,
          readings: {},
        },
        overlays,
      );
      const composed = composeRuleSet(securityOrderRuleSet, overlays);
      const history = ruleSetMetadata(composed.ok ? composed.value : securityOrderRuleSet);
      if (json) return yield* printJson(rulesInForceDocument(compiled.asOf, compiled.metadata, history));
      yield* printText(ruleSetListing(compiled.metadata, history, compiled.asOf));
    }),
).pipe(
  withHelp({
    alias: "rules",
    description:
      "Liệt kê quy tắc, tiêu chí, tham số và cách hiểu đang áp dụng tại một ngày, kèm căn cứ pháp lý và lịch sử",
    examples: [
      ["antq quy-dinh", "Quy định áp dụng hôm nay"],
      ["antq quy-dinh --ngay 01/01/2022", "Trước khi Thông tư 124/2021/TT-BCA có hiệu lực"],
      ["antq quy-dinh --nam 2024 --json", "Dạng JSON cho năm đánh giá 2024"],
    ],
  }),
);
