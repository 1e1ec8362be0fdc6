/**
 * `@antq/report/topics`: the review topics alone. This module imports nothing at run time (no docx, ECharts,
 * resvg or exceljs, no other module of the package), so a program can list or check the topics, e.g. as the
 * choices of a command-line flag, without loading the report writers. The main entry re-exports it.
 *
 * @packageDocumentation
 */
import type { UnitGroup } from "./figures.js";

/**
 * What a review is about: the document it reviews and how sentences name it.
 *
 * @example
 * REVIEW_TOPICS["chi-thi-07"].short; //=> "Chỉ thị số 07"
 */
export interface ReviewTopic {
  /** Full citation for the title: "Chỉ thị số 07/CT-BCA-V28 ngày 15/8/2014 của Bộ trưởng Bộ Công an". */
  readonly document: string;
  /** Its subject, after the citation in the title. */
  readonly subject: string;
  /** How sentences name it: "Chỉ thị số 07". */
  readonly short: string;
  /** The unit group it is about, when it is about one (Chỉ thị 07: agencies, enterprises, schools). */
  readonly focus?: UnitGroup;
}

const topics = {
  "chi-thi-07": {
    document: "Chỉ thị số 07/CT-BCA-V28 ngày 15/8/2014 của Bộ trưởng Bộ Công an",
    subject:
      "về đẩy mạnh phong trào toàn dân bảo vệ an ninh Tổ quốc trong cơ quan, doanh nghiệp, nhà trường, đáp ứng yêu cầu, nhiệm vụ bảo đảm an ninh, trật tự trong tình hình mới",
    short: "Chỉ thị số 07",
    focus: "organisation",
  },
  "phong-trao": {
    document: "phong trào toàn dân bảo vệ an ninh Tổ quốc",
    subject: "",
    short: "phong trào toàn dân bảo vệ an ninh Tổ quốc",
  },
} satisfies Record<string, ReviewTopic>;

/**
 * The id of a review topic known to antq: a key of {@link REVIEW_TOPICS}, the CLI's `--chu-de` value.
 *
 * @example
 * const topic: ReviewTopicId = "chi-thi-07";
 */
export type ReviewTopicId = keyof typeof topics;

/**
 * Review topics known to antq, keyed by the CLI's `--chu-de` value (a {@link ReviewTopicId}).
 *
 * @example
 * REVIEW_TOPICS["chi-thi-07"].focus; //=> "organisation"
 */
export const REVIEW_TOPICS: Readonly<Record<string, ReviewTopic>> = topics;

/**
 * The ids of {@link REVIEW_TOPICS}, in its order: the choices of the CLI's `--chu-de`.
 *
 * @example
 * REVIEW_TOPIC_IDS; //=> ["chi-thi-07", "phong-trao"]
 */
export const REVIEW_TOPIC_IDS = Object.keys(topics) as readonly ReviewTopicId[];
