/**
 * The chart renderer of the single-file executable. `@antq/report/node` draws chart PNGs with
 * `@resvg/resvg-js`, a native addon that a single executable cannot load from its blob; tools/scripts/build-sea.mjs
 * resolves `@resvg/resvg-js` to this module instead, which runs the same resvg compiled to WebAssembly
 * (`@resvg/resvg-wasm`, same version). The WebAssembly module and the chart font (Liberation Serif, SIL Open Font
 * License 1.1) travel in the executable as SEA assets, so charts look the same on a Windows machine without that
 * font as on the Linux machine that built it.
 */
import { getAsset } from "node:sea";
import { initWasm, Resvg as WasmResvg } from "@resvg/resvg-wasm";

/** SEA asset keys, the same names tools/scripts/build-sea.mjs writes into its `sea-config.json`. */
export const SEA_RESVG_ASSETS = {
  wasm: "resvg.wasm",
  fonts: ["LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf"],
} as const;

/** Compiles the WebAssembly module (about 35 ms); sea.ts awaits it before the program starts. */
export const initSeaResvg = (): Promise<void> => initWasm(new Uint8Array(getAsset(SEA_RESVG_ASSETS.wasm)));

let fontBuffers: Uint8Array[] | undefined;
const embeddedFonts = (): Uint8Array[] => {
  fontBuffers ??= SEA_RESVG_ASSETS.fonts.map((key) => new Uint8Array(getAsset(key)));
  return fontBuffers;
};

/** The options `@antq/report/node` passes; font files on disk are replaced by the embedded font. */
interface NativeOptions {
  readonly fitTo?: { readonly mode: "zoom"; readonly value: number };
  readonly background?: string;
  readonly font?: {
    readonly defaultFontFamily?: string;
    readonly serifFamily?: string;
    readonly sansSerifFamily?: string;
  };
}

/** `@resvg/resvg-js`'s `Resvg`, as much of it as `@antq/report/node` uses. */
export class Resvg {
  readonly #inner: InstanceType<typeof WasmResvg>;
  constructor(svg: string | Uint8Array, options: NativeOptions = {}) {
    this.#inner = new WasmResvg(svg, {
      ...(options.fitTo ? { fitTo: options.fitTo } : {}),
      ...(options.background ? { background: options.background } : {}),
      font: {
        fontBuffers: embeddedFonts(),
        ...(options.font?.defaultFontFamily ? { defaultFontFamily: options.font.defaultFontFamily } : {}),
        ...(options.font?.serifFamily ? { serifFamily: options.font.serifFamily } : {}),
        ...(options.font?.sansSerifFamily ? { sansSerifFamily: options.font.sansSerifFamily } : {}),
      },
    });
  }
  render(): { asPng(): Uint8Array } {
    const image = this.#inner.render();
    return { asPng: () => image.asPng() };
  }
}
