export { personName } from "./names.js";
export type { SampleProvince, SampleProvinceOptions, UnitRecord } from "./province.js";
export { generateProvince, generateUnits } from "./province.js";
export type { Random } from "./random.js";
export { createRandom } from "./random.js";
