/**
 * Attestation keys checked when facts are read: an attestation whose criterion code is not one of the keys the
 * rules read (`TT124/Đ4/k2`, `TT124/Đ7/k2/cmhs`, … — @antq/rules-antt's `ATTESTATION_KEYS`) would be ignored by
 * the rules and leave the criterion "cần xem xét" in silence, so it is an error at its row, column or field
 * path, with the closest valid key suggested (a printed rule id such as `tt124.d4.k2` maps to its key).
 */
import { type AnnualFacts, type DomainIssue, domainIssue, parseAnnualFacts } from "@antq/domain";
import type { Result } from "@antq/format-vi";
import { ATTESTATION_KEYS, suggestAttestationKey } from "@antq/rules-antt";

const VALID_KEYS = new Set(ATTESTATION_KEYS.map((k) => k.key));

/**
 * The message for a criterion code that is not an attestation key, with the closest valid key when there is one.
 *
 * @example
 * ```ts
 * unknownAttestationKeyMessage("tt124.d4.k2"); // "… Có phải “TT124/Đ4/k2”? …"
 * ```
 */
export const unknownAttestationKeyMessage = (code: string): string => {
  const suggestion = suggestAttestationKey(code);
  return `Mã tiêu chí xác nhận "${code}" không có trong danh sách nên sẽ không được xét${
    suggestion === undefined ? "" : `. Có phải “${suggestion}”?`
  } Các mã hợp lệ: ${[...VALID_KEYS].join(", ")}.`;
};

/**
 * The issues of the attestations of one facts record whose criterion is not an attestation key.
 *
 * @example
 * ```ts
 * attestationKeyIssues(facts)[0]?.path; // ["attestations", 0, "criterion"]
 * ```
 */
export const attestationKeyIssues = (facts: AnnualFacts): DomainIssue[] =>
  (facts.attestations ?? []).flatMap((a, i) =>
    VALID_KEYS.has(a.criterion)
      ? []
      : [
          domainIssue(
            "INVALID_VALUE",
            ["attestations", i, "criterion"],
            unknownAttestationKeyMessage(a.criterion),
          ),
        ],
  );

/**
 * `parseAnnualFacts` of @antq/domain, then the attestation keys: how every reader of @antq/sheets parses facts.
 *
 * @example
 * ```ts
 * parseFacts({ unitId: "kdc-01", year: 2024, attestations: [{ criterion: "tt124.d4.k2", value: true }] }).ok; // false
 * ```
 */
export const parseFacts = (value: unknown): Result<AnnualFacts, DomainIssue> => {
  const parsed = parseAnnualFacts(value);
  if (!parsed.ok) return parsed;
  const issues = attestationKeyIssues(parsed.value);
  return issues.length === 0 ? parsed : { ok: false, issues };
};
