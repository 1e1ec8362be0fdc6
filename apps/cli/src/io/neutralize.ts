/** Formula-injection neutralisation lives in @antq/sheets (its writers use it); re-exported for the CLI's CSV output. */
export { isDangerousCell, neutralizeText, neutralizeValue } from "@antq/sheets";
