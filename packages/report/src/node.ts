/**
 * `@antq/report/node`: Node-only helpers. Chart PNGs are drawn with resvg (Rust, prebuilt, no browser) from
 * the SVG that ECharts renders on the server.
 *
 * @packageDocumentation
 */
import { existsSync } from "node:fs";
import { Resvg } from "@resvg/resvg-js";
import { CHART_FONT_FAMILY, type ChartRenderer } from "./charts.js";

/**
 * Where Debian's `fonts-liberation2` puts Liberation Serif (SIL Open Font License 1.1), the font charts use.
 *
 * @example
 * LIBERATION_SERIF_FILES[0]; //=> "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf"
 */
export const LIBERATION_SERIF_FILES: readonly string[] = [
  "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
  "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf",
];

/**
 * Options of {@link pngChartRenderer}: the font files to draw text with (default: Liberation Serif when
 * installed, else the system fonts) and the zoom (default 2, for print).
 *
 * @example
 * const o: PngRendererOptions = { zoom: 2 };
 */
export interface PngRendererOptions {
  readonly fontFiles?: readonly string[];
  readonly zoom?: number;
}

/**
 * A {@link ChartRenderer} that turns ECharts' SVG into PNG bytes with resvg. With explicit font files (or the
 * installed Liberation Serif) only those fonts are used, so the same input gives the same PNG on every machine
 * with the same files.
 *
 * @example
 * const render = pngChartRenderer(); // (svg, w, h) => Uint8Array (PNG)
 */
export function pngChartRenderer(options: PngRendererOptions = {}): ChartRenderer {
  const files = (options.fontFiles ?? LIBERATION_SERIF_FILES).filter((f) => existsSync(f));
  const zoom = options.zoom ?? 2;
  return (svg) => {
    const resvg = new Resvg(svg, {
      fitTo: { mode: "zoom", value: zoom },
      background: "white",
      font: {
        fontFiles: [...files],
        loadSystemFonts: files.length === 0,
        defaultFontFamily: CHART_FONT_FAMILY,
        serifFamily: CHART_FONT_FAMILY,
        sansSerifFamily: CHART_FONT_FAMILY,
      },
    });
    return new Uint8Array(resvg.render().asPng());
  };
}
