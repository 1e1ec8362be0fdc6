import { describe, expect, it } from "vitest";
import { cite, documentTitle, formatLegalBasis, isCitable, legalBasisKey } from "../src/index.js";

describe("legal basis", () => {
  it("formats Điều/khoản/điểm in Vietnamese order", () => {
    const b = cite("124/2021/TT-BCA", { article: 4, clause: 4, point: "b" });
    expect(formatLegalBasis(b)).toBe("điểm b khoản 4 Điều 4 Thông tư 124/2021/TT-BCA");
    expect(legalBasisKey(b)).toBe("124/2021/TT-BCA#Đ4.k4.b");
  });
  it("names document types", () => {
    expect(documentTitle("80/2021/NĐ-CP")).toBe("Nghị định 80/2021/NĐ-CP");
    expect(documentTitle("510/QĐ-BCA-V05")).toBe("Quyết định 510/QĐ-BCA-V05");
    expect(formatLegalBasis(cite("124/2021/TT-BCA", { article: 1 }))).toBe("Điều 1 Thông tư 124/2021/TT-BCA");
  });
  it("rejects malformed document numbers (programmer error)", () => {
    expect(() => cite("124/2021/")).toThrow(TypeError);
    expect(isCitable({ document: "không phải số" })).toBe(false);
  });
  it("keeps NFC", () => {
    const b = cite("124/2021/TT-BCA", { article: 4, clause: 4, point: "đ" }, { label: "Đ\u0300" });
    expect(b.label).toBe("Đ\u0300".normalize("NFC"));
    expect(b.point).toBe("đ");
  });
});
