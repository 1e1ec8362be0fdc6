/**
 * Checking the interpretation readings an officer chose (`--hieu-…` flags, a province settings file) against
 * the interpretation options of a rule set, with a Vietnamese message that lists what is possible.
 * (The check belongs with @antq/rules' interpretations; it lives here until the rules engine offers it.)
 */
import type { Interpretation, Readings } from "@antq/rules";

/**
 * The first problem of `readings` against `interpretations` as a Vietnamese sentence, or undefined when every
 * id exists and every choice is one of its options (`null` = undecided is always allowed).
 *
 * @example
 * ```ts
 * readingsProblem({}, []); //=> undefined
 * ```
 */
export const readingsProblem = (
  readings: Readings,
  interpretations: readonly Interpretation[],
): string | undefined => {
  for (const [id, choice] of Object.entries(readings)) {
    const interpretation = interpretations.find((i) => i.id === id);
    if (!interpretation) {
      return `Không có cách hiểu "${id}". Các cách hiểu hiện có: ${interpretations.map((i) => i.id).join(", ")}`;
    }
    if (choice !== null && !interpretation.choices.some((c) => c.id === choice)) {
      return `Cách hiểu "${id}" không có lựa chọn "${choice}"; chọn một trong: ${interpretation.choices.map((c) => `${c.id} (${c.label})`).join("; ")}`;
    }
  }
  return undefined;
};
