/**
 * Chart PNGs for the DOCX report in the browser, drawn as `antq bao-cao` draws them: the report's ECharts SVG
 * through resvg, here the same resvg version compiled to WebAssembly (`@resvg/resvg-wasm` 2.6.2, as the CLI's
 * single executable uses), with the same font (Liberation Serif, SIL Open Font License 1.1), zoom and
 * background as `@antq/report/node`'s `pngChartRenderer`. The WebAssembly module and the fonts are files of the
 * site itself (vite copies them at build), fetched on the first report only; the CSP's `'wasm-unsafe-eval'`
 * allows compiling the module.
 */
import { CHART_FONT_FAMILY, type ChartRenderer } from "@antq/report";
import boldFont from "@chart-fonts/LiberationSerif-Bold.ttf?url";
import regularFont from "@chart-fonts/LiberationSerif-Regular.ttf?url";
import { initWasm, Resvg } from "@resvg/resvg-wasm";
import resvgWasm from "@resvg/resvg-wasm/index_bg.wasm?url";
import { FileProblem } from "./engine.js";

/** `pngChartRenderer()`'s default zoom (charts drawn at twice their CSS size, for print). */
const ZOOM = 2;

const fetched = async (url: string): Promise<Response> => {
  const response = await fetch(url);
  if (!response.ok)
    throw new FileProblem(
      `Không tải được tệp vẽ biểu đồ (${url}, mã ${response.status}); hãy tải lại trang khi có mạng tới máy chủ của trang.`,
    );
  return response;
};

let ready: Promise<Uint8Array[]> | undefined;
const load = (): Promise<Uint8Array[]> => {
  ready ??= (async () => {
    const [, ...fonts] = await Promise.all([
      initWasm(fetched(resvgWasm)),
      ...[regularFont, boldFont].map(async (url) => new Uint8Array(await (await fetched(url)).arrayBuffer())),
    ]);
    return fonts as Uint8Array[];
  })().catch((error: unknown) => {
    ready = undefined;
    throw error;
  });
  return ready;
};

/** The chart renderer of the DOCX report (loads resvg and the fonts on first use). */
export const browserChartRenderer = async (): Promise<ChartRenderer> => {
  const fontBuffers = await load();
  return (svg) => {
    const resvg = new Resvg(svg, {
      fitTo: { mode: "zoom", value: ZOOM },
      background: "white",
      font: {
        fontBuffers,
        defaultFontFamily: CHART_FONT_FAMILY,
        serifFamily: CHART_FONT_FAMILY,
        sansSerifFamily: CHART_FONT_FAMILY,
      },
    });
    try {
      const image = resvg.render();
      const png = image.asPng();
      image.free();
      return png;
    } finally {
      resvg.free();
    }
  };
};
