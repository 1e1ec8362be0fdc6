import { compile } from "@antq/rules";
import { describe, expect, it } from "vitest";
import { ATTESTATION_KEYS, securityOrderRuleSet, suggestAttestationKey } from "../src/index.js";

/** The attestation keys each rule reads, from the `inputs` it documents (`facts.attestations[KEY]`). */
function keysReadByRules(): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const r of securityOrderRuleSet.rules) {
    for (const v of r.versions) {
      for (const input of v.inputs ?? []) {
        const m = /^facts\.attestations\[(.+)\]$/.exec(input);
        if (m === null) continue;
        const key = m[1] as string;
        if (!out.has(key)) out.set(key, new Set());
        out.get(key)?.add(r.id);
      }
    }
  }
  return out;
}

describe("attestation keys", () => {
  it("lists exactly the keys the rules read, with the rules that read them", () => {
    const read = keysReadByRules();
    expect(ATTESTATION_KEYS.map((k) => k.key).sort()).toEqual([...read.keys()].sort());
    for (const k of ATTESTATION_KEYS)
      expect([...k.ruleIds].sort(), k.key).toEqual([...(read.get(k.key) ?? [])].sort());
  });
  it("gives the unit kinds of the rules they attest, and a Vietnamese label in NFC", () => {
    for (const k of ATTESTATION_KEYS) {
      const kinds = new Set(
        securityOrderRuleSet.rules.filter((r) => k.ruleIds.includes(r.id)).flatMap((r) => r.kinds ?? []),
      );
      expect([...k.kinds].sort(), k.key).toEqual([...kinds].sort());
      expect(k.label.normalize("NFC")).toBe(k.label);
      expect(k.label).toMatch(/Điều \d/);
    }
  });
  it("an attestation under a listed key decides its criterion", () => {
    const compiled = compile(securityOrderRuleSet, { year: 2025 });
    const rule = compiled.rules.find((r) => r.rule.id === "tt124.d6.k2");
    expect(rule?.version.inputs).toContain("facts.attestations[TT124/Đ6/k2]");
  });
});

describe("suggestAttestationKey", () => {
  it("keeps a valid key and maps the rule ids antq prints to their key", () => {
    for (const k of ATTESTATION_KEYS) expect(suggestAttestationKey(k.key)).toBe(k.key);
    expect(suggestAttestationKey("tt124.d4.k2")).toBe("TT124/Đ4/k2");
    expect(suggestAttestationKey("tt124.d5.k2.d4.k2")).toBe("TT124/Đ5/k2");
    expect(suggestAttestationKey("tt124.d5.k3")).toBe("TT124/Đ5/k3");
    expect(suggestAttestationKey("tt124.d7.k2")).toBe("TT124/Đ7/k2");
    expect(suggestAttestationKey("tt124.d4.k4.c")).toBe("TT124/Đ4/k4/c");
  });
  it("accepts the same code without diacritics, in another case, with other separators or NFD", () => {
    expect(suggestAttestationKey("tt124/d4/k2")).toBe("TT124/Đ4/k2");
    expect(suggestAttestationKey(" TT124 Đ6 k2 ")).toBe("TT124/Đ6/k2");
    expect(suggestAttestationKey("TT124/D7/k2/CMHS")).toBe("TT124/Đ7/k2/cmhs");
    expect(suggestAttestationKey("TT124/\u0110\u03034/k2".normalize("NFD"))).toBe("TT124/Đ4/k2");
  });
  it("suggests the closest key for a near miss and nothing for unrelated text", () => {
    expect(suggestAttestationKey("TT12/Đ6/k2")).toBe("TT124/Đ6/k2");
    expect(suggestAttestationKey("TT 124 Đ7 k2 cmh")).toBe("TT124/Đ7/k2/cmhs");
    expect(suggestAttestationKey("tổ dân phố")).toBeUndefined();
    // Up to a third of the code may differ: 3 of the 9 characters of "tt124d6k2" still suggest it, 4 do not.
    expect(suggestAttestationKey("ab1c4/Đ6/k2")).toBe("TT124/Đ6/k2");
    expect(suggestAttestationKey("ab1cx/Đ6/k2")).toBeUndefined();
    expect(suggestAttestationKey("")).toBeUndefined();
    expect(suggestAttestationKey("---")).toBeUndefined();
  });
});
