/**
 * The attestation keys of the standard: the exact `criterion` codes that `facts.attestations` rows must carry
 * for the qualitative criteria an officer attests ("thực hiện tốt chủ trương, chính sách …"), with the rule(s)
 * each key decides and the unit kinds it applies to, and the closest key to a code someone typed.
 */
import type { AssessedUnitKind } from "@antq/domain";
import { foldDiacritics } from "@antq/format-vi";
import { closest, distance } from "fastest-levenshtein";

/**
 * One attestation key: the code written in the data, its Vietnamese label, the rule ids it attests (as antq
 * prints them) and the unit kinds it applies to.
 *
 * @example
 * const k: AttestationKey = { key: "TT124/Đ6/k2", label: "Cơ quan, doanh nghiệp …", ruleIds: ["tt124.d6.k2"], kinds: ["agency", "enterprise"] };
 */
export interface AttestationKey {
  readonly key: string;
  readonly label: string;
  readonly ruleIds: readonly string[];
  readonly kinds: readonly AssessedUnitKind[];
}

/**
 * Every attestation key the Thông tư 124/2021/TT-BCA rules read, in the order of the Thông tư.
 *
 * @example
 * ATTESTATION_KEYS.map((k) => k.key); //=> ["TT124/Đ4/k2", "TT124/Đ4/k4/c", "TT124/Đ5/k2", "TT124/Đ5/k3", "TT124/Đ6/k2", "TT124/Đ7/k2", "TT124/Đ7/k2/cmhs"]
 */
export const ATTESTATION_KEYS: readonly AttestationKey[] = Object.freeze([
  {
    key: "TT124/Đ4/k2",
    label:
      "Khu dân cư thực hiện tốt chủ trương, chính sách, pháp luật và quy định về an ninh, trật tự (khoản 2 Điều 4)",
    ruleIds: ["tt124.d4.k2"],
    kinds: ["residential-area"],
  },
  {
    key: "TT124/Đ4/k4/c",
    label:
      "Quản lý, giáo dục đối tượng có hiệu quả (điểm c khoản 4 Điều 4; xã, phường theo khoản 2 Điều 5); chỉ ghi khi chưa hiệu quả",
    ruleIds: ["tt124.d4.k4.c", "tt124.d5.k2.d4.k4.c"],
    kinds: ["residential-area", "commune"],
  },
  {
    key: "TT124/Đ5/k2",
    label:
      "Xã, phường thực hiện tốt chủ trương, chính sách, pháp luật và quy định về an ninh, trật tự (khoản 2 Điều 5)",
    ruleIds: ["tt124.d5.k2.d4.k2"],
    kinds: ["commune"],
  },
  {
    key: "TT124/Đ5/k3",
    label: "Công an cấp xã chủ động nắm tình hình, tham mưu hiệu quả (khoản 3 Điều 5)",
    ruleIds: ["tt124.d5.k3"],
    kinds: ["commune"],
  },
  {
    key: "TT124/Đ6/k2",
    label:
      "Cơ quan, doanh nghiệp thực hiện tốt chủ trương, pháp luật, quy chế phối hợp với Công an và quy định về an ninh, trật tự (khoản 2 Điều 6)",
    ruleIds: ["tt124.d6.k2"],
    kinds: ["agency", "enterprise"],
  },
  {
    key: "TT124/Đ7/k2",
    label:
      "Cơ sở giáo dục thực hiện tốt chủ trương, pháp luật, quy chế phối hợp với Công an và quy định về an ninh, trật tự (khoản 2 Điều 7)",
    ruleIds: ["tt124.d7.k2"],
    kinds: ["education"],
  },
  {
    key: "TT124/Đ7/k2/cmhs",
    label:
      "Trường phổ thông phối hợp với Ban đại diện cha mẹ học sinh trong quản lý học sinh (khoản 2 Điều 7)",
    ruleIds: ["tt124.d7.k2"],
    kinds: ["education"],
  },
] satisfies AttestationKey[]);

/** A code folded for comparison: no diacritics (Đ → D), lower case, no separators or spaces. */
const fold = (text: string): string =>
  foldDiacritics(text.normalize("NFC"))
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");

/** Folded key → key; a folded rule id → the first key that attests the rule (`tt124.d4.k2` → `TT124/Đ4/k2`). */
const EXACT = new Map<string, string>();
for (const k of ATTESTATION_KEYS) EXACT.set(fold(k.key), k.key);
for (const k of ATTESTATION_KEYS) {
  for (const id of k.ruleIds) if (!EXACT.has(fold(id))) EXACT.set(fold(id), k.key);
}
const FOLDED = [...EXACT.keys()];

/**
 * The valid attestation key closest to `text`: the key itself, the key of a printed rule id (`tt124.d6.k2`), the
 * same code written without diacritics, in another case or with other separators (`tt124/d4/k2`, `TT124 Đ4 k2`),
 * or the key a few typing mistakes away. `undefined` when nothing is close (more than a third of the code differs).
 *
 * @example
 * suggestAttestationKey("tt124.d4.k2"); //=> "TT124/Đ4/k2"
 * suggestAttestationKey("TT124/D7/k2/CMHS"); //=> "TT124/Đ7/k2/cmhs"
 * suggestAttestationKey("TT12/Đ6/k2"); //=> "TT124/Đ6/k2"
 * suggestAttestationKey("tổ dân phố"); //=> undefined
 */
export function suggestAttestationKey(text: string): string | undefined {
  const folded = fold(text);
  // Stryker disable next-line ConditionalExpression: an empty code is a whole key away from every key: no suggestion either way
  if (folded === "") return undefined;
  const exact = EXACT.get(folded);
  // Stryker disable next-line ConditionalExpression: fast path; an exact code is its own closest, at distance 0
  if (exact !== undefined) return exact;
  const best = closest(folded, FOLDED);
  return distance(folded, best) * 3 <= best.length ? EXACT.get(best) : undefined;
}
