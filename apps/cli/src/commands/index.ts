/** Every `antq` subcommand, in the order shown by `antq --help`. */
import { activitiesCommand } from "./activities.js";
import { assessCommand } from "./assess.js";
import { awardsCommand } from "./awards.js";
import { classifyCommand } from "./classify.js";
import { demoCommand } from "./demo.js";
import { importCommand } from "./import.js";
import { planCommand } from "./plan.js";
import { reportCommand } from "./report.js";
import { rulesCommand } from "./rules.js";
import { serveCommand } from "./serve.js";
import { storeCommand } from "./store.js";
import { teamsCommand } from "./teams.js";
import { templateCommand } from "./template.js";
import { typicalCommand } from "./typical.js";
import { validateCommand } from "./validate.js";

export const commands = [
  templateCommand,
  validateCommand,
  assessCommand,
  classifyCommand,
  reportCommand,
  teamsCommand,
  awardsCommand,
  importCommand,
  storeCommand,
  rulesCommand,
  demoCommand,
  planCommand,
  typicalCommand,
  activitiesCommand,
  serveCommand,
] as const;
