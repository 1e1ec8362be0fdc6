/**
 * The machine output of `antq phan-loai --giai-thich <mã> --json`, `antq.classification-explanation/1`: one
 * unit's classification (as in `antq.classification/1`) and @antq/criteria's explanation of it, line by line
 * (each group and criterion with its points, then the conclusion: the level, the veto, the deadlines, the
 * configuration).
 */
import { type ClassificationResult, explainClassification } from "@antq/criteria";
import * as z from "zod";
import { ClassificationUnitSchema, classificationUnitJson } from "./classification-document.js";

/**
 * The format tag of {@link ClassificationExplanationDocumentSchema}.
 *
 * @example
 * ```ts
 * CLASSIFICATION_EXPLANATION_FORMAT; //=> "antq.classification-explanation/1"
 * ```
 */
export const CLASSIFICATION_EXPLANATION_FORMAT = "antq.classification-explanation/1";

/**
 * `antq.classification-explanation/1`: the classification of one unit, explained.
 *
 * @example
 * ```ts
 * const doc = classificationExplanationDocument(classifications[0]!);
 * ClassificationExplanationDocumentSchema.safeParse(doc).success; //=> true
 * ClassificationExplanationDocumentSchema.safeParse({ ...doc, format: undefined }).success; //=> false
 * ```
 */
export const ClassificationExplanationDocumentSchema = z
  .object({
    format: z.literal(CLASSIFICATION_EXPLANATION_FORMAT).meta({ title: "Định dạng" }),
    unit: ClassificationUnitSchema,
    explanation: z
      .object({
        title: z.string().meta({ title: "Tiêu đề" }),
        items: z
          .array(
            z
              .object({
                id: z.string().meta({ title: "Mã nhóm, tiêu chí" }),
                depth: z.int().nonnegative().meta({ title: "Cấp (0: nhóm)" }),
                text: z.string().meta({ title: "Nội dung" }),
              })
              .meta({ title: "Một dòng giải thích" }),
          )
          .meta({ title: "Điểm từng nhóm, tiêu chí" }),
        conclusion: z.array(z.string()).meta({ title: "Kết luận" }),
      })
      .meta({ title: "Giải thích" }),
  })
  .meta({ title: "Giải thích kết quả phân loại phong trào một đơn vị (antq.classification-explanation/1)" });

/**
 * An `antq.classification-explanation/1` document.
 *
 * @example
 * ```ts
 * const doc: ClassificationExplanationDocument = classificationExplanationDocument(classifications[0]!);
 * [doc.unit.unitName, doc.unit.points]; //=> ["Xã Mỹ Thành", 97.5]
 * ```
 */
export type ClassificationExplanationDocument = z.infer<typeof ClassificationExplanationDocumentSchema>;

/**
 * The `antq.classification-explanation/1` document of one classification result (its explanation is
 * @antq/criteria's `explainClassification`).
 *
 * @example
 * ```ts
 * const doc = classificationExplanationDocument(classifications[0]!);
 * doc.explanation.title.startsWith("PHÂN LOẠI PHONG TRÀO TOÀN DÂN BẢO VỆ ANTQ NĂM 2024: Xã Mỹ Thành"); //=> true
 * ```
 */
export const classificationExplanationDocument = (
  result: ClassificationResult,
): ClassificationExplanationDocument => {
  const explanation = explainClassification(result);
  return {
    format: CLASSIFICATION_EXPLANATION_FORMAT,
    unit: classificationUnitJson(result),
    explanation: {
      title: explanation.title,
      items: explanation.items.map((i) => ({ id: i.id, depth: i.depth, text: i.text })),
      conclusion: [...explanation.conclusion],
    },
  };
};
