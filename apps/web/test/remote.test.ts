/**
 * src/remote/api.ts and the server screen's figures without a browser: what the page decides about its
 * origin from the answer to `GET /v1/me`, the server's RFC 9457 problems turned into Vietnamese messages
 * with their locations, the requests' shape (relative URLs, same-origin credentials, the workbook's media
 * type), and the per-year "X/Y lượt đạt" folded from the dashboard's rows.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  detectServer,
  downloadReport,
  issueLocation,
  outcomeCounts,
  ServerProblem,
  uploadWorkbook,
  XLSX_TYPE,
} from "../src/remote/api.js";
import { yearFigures } from "../src/remote/ServerRecordScreen.js";

const answer = (status: number, body: unknown, type = "application/json", headers = {}) =>
  new Response(typeof body === "string" ? body : JSON.stringify(body), {
    status,
    headers: { "content-type": type, ...headers },
  });

const calls: { url: string; init: RequestInit }[] = [];
const serve = (response: Response | Error) => {
  vi.stubGlobal(
    "fetch",
    vi.fn(async (url: string, init: RequestInit) => {
      calls.push({ url, init });
      if (response instanceof Error) throw response;
      return response;
    }),
  );
};
afterEach(() => {
  vi.unstubAllGlobals();
  calls.length = 0;
});

const ACCOUNT = {
  id: 2,
  login: "can-bo-tan-phuoc",
  role: "commune_officer",
  roleTitle: "Cán bộ cấp xã",
  provinceId: "P82",
  communeId: "C28000",
};

describe("detectServer", () => {
  it("an account or a 401 problem is an antq server; a static host's page, a 404 or no answer is not", async () => {
    serve(answer(200, { account: ACCOUNT, via: "session", scopes: ["read", "write"] }));
    expect(await detectServer()).toEqual({ server: true, account: ACCOUNT });
    expect(calls[0]?.url).toBe("/v1/me");
    expect(calls[0]?.init.credentials).toBe("same-origin");
    serve(answer(401, { title: "Chưa đăng nhập", status: 401 }, "application/problem+json"));
    expect(await detectServer()).toEqual({ server: true, account: undefined });
    // A static host answers every app route with the page itself.
    serve(answer(200, "<!doctype html><title>antq</title>", "text/html; charset=utf-8"));
    expect(await detectServer()).toEqual({ server: false });
    serve(answer(404, "", "text/plain"));
    expect(await detectServer()).toEqual({ server: false });
    // An API without accounts (the stateless rule endpoints only) has no record to offer.
    serve(answer(404, { title: "Không tìm thấy", status: 404 }, "application/problem+json"));
    expect(await detectServer()).toEqual({ server: false });
    serve(new TypeError("Failed to fetch"));
    expect(await detectServer()).toEqual({ server: false });
  });
});

describe("the server's problems", () => {
  it("become one Vietnamese message, with each issue's sheet, row, column and field path", async () => {
    serve(
      answer(
        422,
        {
          type: "https://antq.vn/problems/invalid-input",
          title: "Dữ liệu gửi lên không hợp lệ",
          status: 422,
          code: "INVALID_INPUT",
          detail: "Tệp du-lieu.xlsx có 1 lỗi; không ghi gì.",
          issues: [
            {
              code: "OTHER_COMMUNE",
              path: "dataset.annualFacts[3]",
              pointer: "/dataset/annualFacts/3",
              message: "Đơn vị KDC-28001-01 thuộc xã khác (C28001).",
              sheet: "Dữ kiện năm",
              row: 6,
              column: "A",
            },
          ],
        },
        "application/problem+json",
      ),
    );
    const failure = await uploadWorkbook(2024, "du-lieu.xlsx", new ArrayBuffer(4)).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ServerProblem);
    const problem = failure as ServerProblem;
    expect(problem.status).toBe(422);
    expect(problem.message).toBe("Dữ liệu gửi lên không hợp lệ: Tệp du-lieu.xlsx có 1 lỗi; không ghi gì.");
    expect(problem.issues.map(issueLocation)).toEqual([
      "trang tính “Dữ kiện năm”, dòng 6, cột A, dataset.annualFacts[3]",
    ]);
    // The workbook itself is the body, with its media type, on a relative URL.
    expect(calls[0]?.url).toBe("/v1/years/2024/workbook?replace=true&file=du-lieu.xlsx");
    expect(calls[0]?.init.method).toBe("POST");
    expect((calls[0]?.init.headers as Record<string, string> | undefined)?.["content-type"]).toBe(XLSX_TYPE);
  });

  it("a problem without detail is its title; an answer without a problem or no answer is said in Vietnamese", async () => {
    serve(answer(403, { title: "Không có quyền", status: 403 }, "application/problem+json"));
    await expect(outcomeCounts(2024, 2024, "C28001")).rejects.toThrow(/^Không có quyền$/);
    expect(calls[0]?.url).toBe("/v1/dashboard/outcomes?from=2024&to=2024&communeId=C28001");
    serve(answer(502, "Bad Gateway", "text/html"));
    await expect(outcomeCounts(2024, 2025)).rejects.toThrow("Máy chủ trả lời lỗi 502");
    serve(new TypeError("Failed to fetch"));
    await expect(outcomeCounts(2024, 2025)).rejects.toThrow("Không kết nối được máy chủ của tỉnh");
  });
});

describe("downloadReport", () => {
  it("asks the period's report kind and keeps the server's file name", async () => {
    serve(
      answer(200, "PK", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", {
        "content-disposition": 'attachment; filename="bao-cao-2020-2024.docx"',
      }),
    );
    const report = await downloadReport("docx", 2020, 2024);
    expect(report.name).toBe("bao-cao-2020-2024.docx");
    expect(await report.blob.text()).toBe("PK");
    expect(calls[0]?.url).toBe("/v1/reports/docx?from=2020&to=2024&kind=so-ket");
    serve(answer(200, "PK", "application/octet-stream"));
    await downloadReport("xlsx", 2015, 2024);
    expect(calls.at(-1)?.url).toBe("/v1/reports/xlsx?from=2015&to=2024&kind=tong-ket");
  });
});

describe("yearFigures", () => {
  it("folds the dashboard's rows into each year's unit-years, đạt, in scope and not yet assessed", () => {
    const rows = [
      { year: 2024, kind: "residential-area", outcome: "dat", units: 87 },
      { year: 2024, kind: "residential-area", outcome: "chua_dat", units: 26 },
      { year: 2024, kind: "residential-area", outcome: "can_xem_xet", units: 9 },
      { year: 2024, kind: "enterprise", outcome: "dat", units: 20 },
      { year: 2024, kind: "enterprise", outcome: "khong_ap_dung", units: 7 },
      { year: 2024, kind: "enterprise", outcome: "chua_dat", units: 1 },
      { year: 2023, kind: "commune", outcome: null, units: 12 },
    ];
    expect(yearFigures(rows)).toEqual([
      { year: 2023, unitYears: 12, dat: 0, inScope: 0, unassessed: 12, byKind: { commune: 12 } },
      {
        year: 2024,
        unitYears: 150,
        dat: 107,
        inScope: 143,
        unassessed: 0,
        byKind: { "residential-area": 122, enterprise: 28 },
      },
    ]);
  });
});
