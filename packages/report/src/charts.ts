import { MODEL_KIND_LABELS_VI } from "@antq/domain";
import { formatNumber } from "@antq/format-vi";
import { BarChart, LineChart } from "echarts/charts";
import { GridComponent, LegendComponent, TitleComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import {
  CLASSIFICATION_LEVEL_LABELS_VI,
  CLASSIFICATION_LEVELS,
  type ReviewFigures,
  UNIT_GROUP_LABELS_VI,
  UNIT_GROUPS,
} from "./figures.js";

/**
 * A chart of a report: an id, its Vietnamese caption, its size in CSS pixels and the ECharts option.
 *
 * @example
 * const caption = (c: ChartSpec) => c.title;
 */
export interface ChartSpec {
  readonly id: string;
  readonly title: string;
  readonly width: number;
  readonly height: number;
  readonly option: Readonly<Record<string, unknown>>;
}

/**
 * Turns a chart's SVG into PNG bytes. `@antq/report/node` provides one built on resvg; a browser can pass
 * one drawing on a canvas.
 *
 * @example
 * const none: ChartRenderer = () => new Uint8Array();
 */
export type ChartRenderer = (svg: string, width: number, height: number) => Uint8Array | Promise<Uint8Array>;

/**
 * The font family charts ask for; the Node renderer maps it to Liberation Serif (metric-compatible with Times
 * New Roman, SIL OFL 1.1).
 *
 * @example
 * CHART_FONT_FAMILY; //=> "Liberation Serif"
 */
export const CHART_FONT_FAMILY = "Liberation Serif";

const BASE = {
  animation: false,
  textStyle: { fontFamily: CHART_FONT_FAMILY, fontSize: 13 },
  grid: { left: 56, right: 24, top: 48, bottom: 40 },
  legend: { top: 8, textStyle: { fontFamily: CHART_FONT_FAMILY, fontSize: 12 } },
};

let registered = false;
function register(): void {
  if (registered) return;
  echarts.use([LineChart, BarChart, GridComponent, LegendComponent, TitleComponent, SVGRenderer]);
  registered = true;
}

const share = (safe: number, evaluated: number): number | null =>
  evaluated === 0 ? null : Math.round((safe * 1000) / evaluated) / 10;

/**
 * The trend of the share of units meeting "An toàn về ANTT", per unit group and year (lines, in %).
 * `undefined` when the period has a single year or no evaluation.
 *
 * @example
 * const c = (f: ReviewFigures) => safetyTrendChart(f)?.id; // "safety-trend"
 */
export function safetyTrendChart(data: ReviewFigures): ChartSpec | undefined {
  if (data.years.length < 2) return undefined;
  const groups = UNIT_GROUPS.filter((g) => data.years.some((y) => y.safety[g].evaluated > 0));
  if (groups.length === 0) return undefined;
  return {
    id: "safety-trend",
    title: "Biểu đồ 1. Tỷ lệ đơn vị đạt tiêu chuẩn “An toàn về ANTT” qua các năm (%)",
    width: 600,
    height: 300,
    option: {
      ...BASE,
      xAxis: { type: "category", data: data.years.map((y) => String(y.year)) },
      yAxis: { type: "value", min: 0, max: 100, axisLabel: { formatter: "{value}%" } },
      series: groups.map((g) => ({
        name: UNIT_GROUP_LABELS_VI[g],
        type: "line",
        data: data.years.map((y) => share(y.safety[g].safe, y.safety[g].evaluated)),
        label: {
          show: groups.length === 1,
          formatter: (p: { value: number | null }) =>
            p.value === null
              ? ""
              : `${formatNumber(p.value, { maximumFractionDigits: 1, minimumFractionDigits: 1 })}%`,
        },
      })),
    },
  };
}

/**
 * Classification levels per year (stacked bars, all unit groups together, in "lượt").
 *
 * @example
 * const c = (f: ReviewFigures) => classificationChart(f).id; // "classification"
 */
export function classificationChart(data: ReviewFigures): ChartSpec {
  return {
    id: "classification",
    title: "Biểu đồ 2. Kết quả phân loại phong trào qua các năm (lượt đơn vị)",
    width: 600,
    height: 300,
    option: {
      ...BASE,
      xAxis: { type: "category", data: data.years.map((y) => String(y.year)) },
      yAxis: { type: "value", axisLabel: { formatter: (v: number) => formatNumber(v) } },
      series: CLASSIFICATION_LEVELS.map((level) => ({
        name: CLASSIFICATION_LEVEL_LABELS_VI[level],
        type: "bar",
        stack: "levels",
        data: data.years.map((y) => UNIT_GROUPS.reduce((n, g) => n + y.classification[g][level], 0)),
      })),
    },
  };
}

/**
 * Models of the period by kind (horizontal bars).
 *
 * @example
 * const c = (f: ReviewFigures) => modelsChart(f).id; // "models"
 */
export function modelsChart(data: ReviewFigures): ChartSpec {
  const kinds = [...data.models.byKind].filter((k) => k.total > 0).reverse();
  return {
    id: "models",
    title: "Biểu đồ 3. Mô hình phong trào toàn dân bảo vệ ANTQ theo loại",
    width: 600,
    height: Math.max(200, 60 + kinds.length * 28),
    option: {
      ...BASE,
      legend: undefined,
      grid: { left: 300, right: 40, top: 16, bottom: 32 },
      xAxis: { type: "value", axisLabel: { formatter: (v: number) => formatNumber(v) } },
      yAxis: { type: "category", data: kinds.map((k) => MODEL_KIND_LABELS_VI[k.kind]) },
      series: [{ type: "bar", data: kinds.map((k) => k.total), label: { show: true, position: "right" } }],
    },
  };
}

/**
 * Renders a chart to an SVG string with ECharts' server-side renderer (no DOM, no browser).
 *
 * @example
 * const svg = (c: ChartSpec) => renderChartSvg(c).startsWith("<svg"); // true
 */
export function renderChartSvg(chart: ChartSpec): string {
  register();
  const instance = echarts.init(null, null, {
    renderer: "svg",
    ssr: true,
    width: chart.width,
    height: chart.height,
  });
  try {
    instance.setOption(chart.option as echarts.EChartsCoreOption);
    return instance.renderToSVGString();
  } finally {
    instance.dispose();
  }
}
