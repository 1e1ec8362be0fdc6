/**
 * A second process for the store's tests (bundled by the global setup, run with node):
 * - `hold <location>`: opens the store, prints "opened", waits to be killed;
 * - `import <location> <year> <units>`: imports a year of `units` synthetic units, printing "copy" after each
 *   COPY chunk and "committed" when the transaction committed, then waits to be killed.
 */
import type { Dataset } from "@antq/domain";
import { importYear } from "../../src/import.js";
import { openStore } from "../../src/node/open.js";

const [mode, location, yearText, unitsText] = process.argv.slice(2);
const store = await openStore(location);
if (mode === "hold") {
  process.stdout.write("opened\n");
} else {
  const year = Number(yearText);
  const n = Number(unitsText);
  const units = Array.from({ length: n }, (_, i) => ({
    kind: "residential-area" as const,
    id: `kdc-${year}-${i}`,
    name: `Ấp Tân Hòa ${i}`,
    areaType: "ap" as const,
    location: { provinceId: "P82", communeId: "C28261" },
  }));
  const driver = store.driver;
  const copyCsv = driver.copyCsv.bind(driver);
  const tx = driver.transaction.bind(driver);
  const announce = {
    ...driver,
    transaction: <T>(fn: Parameters<typeof driver.transaction<T>>[0]) =>
      tx((inner) =>
        fn({
          ...inner,
          copyCsv: async (t, c, csv) => {
            await inner.copyCsv(t, c, csv);
            process.stdout.write("copy\n");
          },
        }),
      ),
    copyCsv,
  };
  await importYear(announce, { schemaVersion: 1, units } as unknown as Dataset, {
    year,
    importedBy: "child",
  });
  process.stdout.write("committed\n");
}
setInterval(() => {}, 1000);
