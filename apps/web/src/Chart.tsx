/**
 * A chart of the report (@antq/report's ECharts option, the same as in the DOCX), drawn with ECharts' SVG
 * renderer. Loaded lazily with the history screen: ECharts is about 220 kB gzip.
 */
import { BarChart, LineChart, PieChart } from "echarts/charts";
import { GridComponent, LegendComponent, TitleComponent, TooltipComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import { useEffect, useRef } from "react";

echarts.use([
  BarChart,
  LineChart,
  PieChart,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  SVGRenderer,
]);

const Chart = (props: {
  readonly title: string;
  readonly option: Readonly<Record<string, unknown>>;
  readonly width: number;
  readonly height: number;
}) => {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current, undefined, {
      renderer: "svg",
      width: props.width,
      height: props.height,
    });
    chart.setOption({ ...props.option, animation: false });
    return () => chart.dispose();
  }, [props.option, props.width, props.height]);
  return <div ref={ref} className="chart" role="img" aria-label={props.title} />;
};

export default Chart;
