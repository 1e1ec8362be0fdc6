/**
 * Checking the readings an officer chose (command-line flags, a province settings file) against the
 * interpretation options of a rule set, with a Vietnamese message that lists what is possible.
 */
import type { Interpretation, Readings } from "./interpretation.js";
import type { Issue } from "./issue.js";

/**
 * The first problem of `readings` against `interpretations`, or `undefined` when every id exists and every
 * choice is one of its options (`null` = undecided is always allowed). Codes: `UNKNOWN_INTERPRETATION` (no
 * option with this id; the message lists the ids) and `UNKNOWN_CHOICE` (the message lists the choices); the
 * path is the option id. `compile` throws a `RangeError` for the same readings: check them first to tell the
 * user what is possible.
 *
 * @example
 * readingsProblem({ [option.id]: "giam" }, [option]); //=> undefined
 * readingsProblem({ [option.id]: null }, [option]); //=> undefined
 * readingsProblem({ [option.id]: "tang" }, [option])?.code; //=> "UNKNOWN_CHOICE"
 * readingsProblem({ "tt124.khong_co": "giam" }, [option])?.path; //=> ["tt124.khong_co"]
 */
export const readingsProblem = (
  readings: Readings,
  interpretations: readonly Interpretation[],
): Issue | undefined => {
  for (const [id, choice] of Object.entries(readings)) {
    const interpretation = interpretations.find((i) => i.id === id);
    if (!interpretation) {
      return {
        code: "UNKNOWN_INTERPRETATION",
        message: `Không có cách hiểu "${id}". Các cách hiểu hiện có: ${interpretations.map((i) => i.id).join(", ")}`,
        path: [id],
      };
    }
    if (choice !== null && !interpretation.choices.some((c) => c.id === choice)) {
      return {
        code: "UNKNOWN_CHOICE",
        message: `Cách hiểu "${id}" không có lựa chọn "${choice}"; chọn một trong: ${interpretation.choices.map((c) => `${c.id} (${c.label})`).join("; ")}`,
        path: [id],
      };
    }
  }
  return undefined;
};
