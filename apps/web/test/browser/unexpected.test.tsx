/**
 * No English text of an unexpected failure reaches the page: when the worker channel fails (Comlink's
 * "Unserializable return value", the failure the period view once had), the history screen and the app's
 * task banner say "Lỗi không mong đợi …" in Vietnamese, and the English detail stays in the console.
 */
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, describe, expect, it, vi } from "vitest";

const COMLINK = "Unserializable return value";

vi.mock("../../src/client.js", () => {
  const fail = () => Promise.reject(new Error(COMLINK));
  return {
    rulesWorker: () => new Proxy({}, { get: () => fail }),
    progressCallback: <F,>(f: F) => f,
    withUnitRows: fail,
  };
});

let root: Root | undefined;
let host: HTMLElement | undefined;
afterEach(() => {
  act(() => root?.unmount());
  host?.remove();
});

const render = async (node: React.ReactNode) => {
  host = document.createElement("div");
  document.body.append(host);
  root = createRoot(host);
  await act(async () => root?.render(node));
  return host;
};

const settled = async (el: HTMLElement, selector: string) => {
  await vi.waitFor(() =>
    expect(el.querySelector(selector)?.textContent ?? "").toContain("Lỗi không mong đợi"),
  );
  return el.querySelector(selector)?.textContent ?? "";
};

describe("unexpected failures", () => {
  it("the history screen shows a Vietnamese message, not Comlink's English one", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const { HistoryScreen } = await import("../../src/HistoryScreen.js");
    const el = await render(<HistoryScreen assessedYear={2024} />);
    const text = await settled(el, '[role="alert"]');
    expect(text).toMatch(
      /^Lỗi không mong đợi khi mở kho dữ liệu trên trình duyệt\. Dữ liệu của bạn không bị thay đổi\./,
    );
    expect(el.textContent).not.toContain(COMLINK);
    expect(logged).toHaveBeenCalledWith(expect.objectContaining({ message: COMLINK }));
    logged.mockRestore();
  });

  it("the app's banner shows a Vietnamese message when reading a file fails in the channel", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const { App } = await import("../../src/App.js");
    const el = await render(<App />);
    const input = el.querySelector('input[type="file"]') as HTMLInputElement;
    const file = new File([new Uint8Array([1, 2, 3])], "du-lieu.xlsx");
    await act(async () => {
      Object.defineProperty(input, "files", { value: [file], configurable: true });
      input.dispatchEvent(new Event("change", { bubbles: true }));
    });
    const text = await settled(el, '[role="alert"]');
    expect(text).toContain('Lỗi không mong đợi khi đọc tệp "du-lieu.xlsx"');
    expect(el.textContent).not.toContain(COMLINK);
    logged.mockRestore();
  });
});
