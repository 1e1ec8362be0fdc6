/** The per-unit result row layout, from @antq/sheets (imported here by the workbook and the CSV part readers). */
export { ruleLabels, UNIT_RESULT_HEADERS, unitResultRow } from "@antq/sheets";
