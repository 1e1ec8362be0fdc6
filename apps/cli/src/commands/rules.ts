import { Effect } from "effect";
import { Command } from "effect/cli";
import { jsonFlag, printText } from "./shared.js";

export const rulesCommand = Command.make("quy-dinh", { json: jsonFlag }, () => printText("x")).pipe(
  Command.withAlias("rules"),
  Command.withDescription("Liệt kê quy tắc"),
);
void Effect;
