/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/client" />

/** The province rule packages bundled by the build (vite.config.ts, `ANTQ_GOI_TINH`): none by default. */
declare module "virtual:antq/goi-tinh" {
  export const packages: readonly {
    readonly specifier: string;
    readonly module: Readonly<Record<string, unknown>>;
  }[];
}
