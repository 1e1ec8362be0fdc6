/**
 * Classification of the movement (QĐ 510/QĐ-BCA-V05) from score sheets, as `antq phan-loai` does it: the sheets
 * read by @antq/sheets (the "Bảng chấm điểm" sheet of a workbook, a CSV or JSON file), scored and classified by
 * @antq/criteria under the configuration in force (the example, with the province's classification overlays of
 * the build composed in as `antq phan-loai --tinh` does, ./province.ts), and the `antq.classification/1`
 * document of @antq/sheets — the same document as `antq phan-loai --json`. Runs in the rules worker; no rule lives here.
 */
import { type ClassificationConfig, EXAMPLE_PROVINCE_CONFIG, type ScoreSheet } from "@antq/criteria";
import type { Outcome, Overlay } from "@antq/rules";
import {
  type ClassificationDocument,
  classificationDocument,
  classifyScoreRecords,
  csvRowSource,
  type InputIssue,
  openCsv,
  readScoreJsonText,
  readScoreRows,
  SCORE_SHEET,
  ScoreBuilder,
} from "@antq/sheets";
import { readXlsxSheets, sheetRowSource, XlsxFileError } from "@antq/sheets/xlsx";
import { extension, FileProblem } from "./engine.js";
import { templateOfKind } from "./templates.js";

/** What classifying a file of score sheets gave. */
export interface ClassificationReport {
  readonly file: string;
  /** The `antq.classification/1` document, as `antq phan-loai --json` prints it. */
  readonly document: ClassificationDocument;
  /** Problems of the score sheets (the first 500), with their place. */
  readonly issues: readonly InputIssue[];
  /** How many units took their "An toàn về ANTT" result from the assessment made in this session. */
  readonly withAssessment: number;
}

/** The classification configuration in force and the overlays composed into it, with their package. */
export interface ClassificationInForce {
  readonly config: ClassificationConfig;
  readonly overlays: readonly { readonly overlay: Overlay<ScoreSheet>; readonly source: string }[];
}

/** Reads the score sheets of one file into a {@link ScoreBuilder} (the paths of `antq phan-loai`). */
const readScores = async (name: string, bytes: Uint8Array, builder: ScoreBuilder) => {
  const kind = extension(name);
  if (kind === ".xlsx") {
    for await (const sheet of readXlsxSheets(bytes)) {
      // Matched as `antq phan-loai` matches it (the name in NFC, without surrounding spaces).
      if (sheet.name.normalize("NFC").trim() !== SCORE_SHEET.sheetName) continue;
      await readScoreRows(builder, await sheetRowSource(name, sheet));
      return;
    }
    throw new FileProblem(
      `Tệp "${name}": không có trang tính "${SCORE_SHEET.sheetName}" (tải ${templateOfKind("bang-diem")}).`,
    );
  }
  if (kind === ".csv") return readScoreRows(builder, csvRowSource(name, await openCsv(bytes)));
  if (kind === ".json") return readScoreJsonText(builder, new TextDecoder("utf-8").decode(bytes), name);
  throw new FileProblem(
    `Tệp "${name}": định dạng "${kind || "(không có phần mở rộng)"}" chưa được hỗ trợ; dùng .xlsx, .csv hoặc .json.`,
  );
};

/**
 * Classifies the score sheets of a file. `tt124` gives units their "An toàn về ANTT" outcome (the assessment
 * made in this session), as `antq phan-loai --ket-qua-danh-gia` does.
 */
export const classifyFile = async (
  name: string,
  bytes: Uint8Array,
  tt124: ReadonlyMap<string, Outcome>,
  inForce: ClassificationInForce = { config: EXAMPLE_PROVINCE_CONFIG, overlays: [] },
): Promise<ClassificationReport> => {
  const builder = new ScoreBuilder();
  try {
    await readScores(name, bytes, builder);
  } catch (error) {
    if (error instanceof XlsxFileError || (error instanceof Error && error.name === "CsvSyntaxError"))
      throw new FileProblem(`Tệp "${name}": ${error.message}`);
    throw error;
  }
  const { records, issues } = builder.finish();
  if (records.length === 0 && !issues.some((i) => i.severity === "error"))
    throw new FileProblem(
      `Không có bảng điểm nào để phân loại trong "${name}": tệp trống, là mẫu chưa điền, hoặc không phải bảng chấm điểm của antq.`,
    );
  const classified = classifyScoreRecords(inForce.config, records, tt124);
  const all = [...issues, ...classified.issues];
  const document = classificationDocument(classified.results, {
    configuration: inForce.config.label,
    errors: all.filter((i) => i.severity === "error").length,
    overlays: inForce.overlays.map(({ overlay, source }) => ({ ...overlay, source })),
  });
  return {
    file: name,
    document,
    issues: all.slice(0, 500),
    withAssessment: classified.results.filter((r) => tt124.has(r.unitId)).length,
  };
};
