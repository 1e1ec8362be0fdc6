/** Every `antq` subcommand, in the order shown by `antq --help`. */
import { rulesCommand } from "./rules.js";

export const commands = [rulesCommand] as const;
