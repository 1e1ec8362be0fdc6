/** Every `antq` subcommand, in the order shown by `antq --help`. */
import { assessCommand } from "./assess.js";
import { templateCommand } from "./template.js";
import { validateCommand } from "./validate.js";

export const commands = [templateCommand, validateCommand, assessCommand] as const;
