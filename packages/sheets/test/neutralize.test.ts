import { describe, expect, it } from "vitest";
import { isDangerousCell, neutralizeText, neutralizeValue } from "../src/index.js";

describe("neutralizeText", () => {
  it.each([
    ['=HYPERLINK("http://evil.example","Bấm vào đây")', '\'=HYPERLINK("http://evil.example","Bấm vào đây")'],
    ["+84 912 345 678", "'+84 912 345 678"],
    ["-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"],
    ["@SUM(A1:A9)", "'@SUM(A1:A9)"],
    ["\t=1+1", "'\t=1+1"],
    ["\r=1+1", "'\r=1+1"],
  ])("prefixes a dangerous cell %j", (input, expected) => {
    expect(neutralizeText(input)).toBe(expected);
    expect(isDangerousCell(input)).toBe(true);
  });

  it.each(["Ấp Mỹ Lợi", "Tổ dân phố số 5", "-5", "+12", "-1.454", "84,1%", "", "a=b"])(
    "leaves ordinary text %j alone",
    (input) => {
      expect(neutralizeText(input)).toBe(input);
    },
  );

  it("only touches strings", () => {
    expect(neutralizeValue(-5)).toBe(-5);
    expect(neutralizeValue(true)).toBe(true);
    expect(neutralizeValue("=1")).toBe("'=1");
  });
});
