/**
 * Charts rendered to SVG strings in Node with Apache ECharts' server-side renderer (no browser, no hand-drawn geometry).
 */
import * as echarts from "echarts/core"
import { BarChart, ScatterChart } from "echarts/charts"
import { GridComponent } from "echarts/components"
import { SVGRenderer } from "echarts/renderers"
import { measureText } from "./measure.js"

echarts.use([BarChart, ScatterChart, GridComponent, SVGRenderer])
echarts.setPlatformAPI({ measureText: (text: string, font?: string) => ({ width: measureText(text, font) }) })

/** Family used inside the SVG; the HTML embeds it as @font-face, so labels are drawn with the measured font. */
export const CHART_FONT = "'Mawjaz Naskh', 'Noto Naskh Arabic', sans-serif"

export interface BarDatum { label: string; value: number; display: string }

function render(option: echarts.EChartsCoreOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width, height })
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: CHART_FONT }, ...option })
    // The SSR output carries a <style> of :hover rules for interactive use; a printed chart has no pointer.
    return chart.renderToSVGString().replace(/<style[^>]*><!\[CDATA\[[\s\S]*?\]\]>\s*<\/style>/g, "")
  } finally {
    chart.dispose()
  }
}

/**
 * Horizontal bars, largest at the top. `rtl`: labels on the right and bars growing leftwards, as an Arabic reader
 * scans them. Values are printed at the end of each bar in the report's digits.
 */
export function termsBarChart(data: readonly BarDatum[], options: { rtl: boolean; width?: number }): string {
  if (data.length === 0) return ""
  const width = options.width ?? 660
  const labelWidth = Math.ceil(Math.max(...data.map((d) => measureText(d.label, "13px sans-serif")))) + 12
  const height = 24 + data.length * 24
  return render(
    {
      grid: {
        top: 8, bottom: 8,
        left: options.rtl ? 56 : labelWidth, right: options.rtl ? labelWidth : 56,
        containLabel: false
      },
      xAxis: { type: "value", inverse: options.rtl, show: false },
      yAxis: {
        type: "category",
        inverse: true,
        position: options.rtl ? "right" : "left",
        data: data.map((d) => d.label),
        axisTick: { show: false },
        axisLine: { lineStyle: { color: "#8a8f98" } },
        axisLabel: { fontSize: 13, color: "#1f2328", margin: 8 }
      },
      series: [{
        type: "bar",
        silent: true, // print: no hover states, so the SVG carries no <style> block
        emphasis: { disabled: true },
        barWidth: 14,
        itemStyle: { color: "#2f6f73", borderRadius: options.rtl ? [2, 0, 0, 2] : [0, 2, 2, 0] },
        label: {
          show: true,
          position: options.rtl ? "left" : "right",
          fontSize: 11,
          color: "#3d434b",
          formatter: (p: { dataIndex: number }) => data[p.dataIndex]?.display ?? ""
        },
        data: data.map((d) => d.value)
      }]
    },
    width,
    height
  )
}

export interface ColumnDatum { label: string; value: number; display: string }

/**
 * Vertical bars over time (articles per day, week or month). `rtl`: time runs from right to left, as the page reads;
 * the axis labels are thinned by ECharts so that they never overlap.
 */
export function timeBarChart(data: readonly ColumnDatum[], options: { rtl: boolean; width?: number; height?: number; format?: (n: number) => string }): string {
  if (data.length === 0) return ""
  const width = options.width ?? 660
  const height = options.height ?? 200
  return render(
    {
      grid: { top: 18, bottom: 26, left: options.rtl ? 10 : 40, right: options.rtl ? 40 : 10, containLabel: false },
      xAxis: {
        type: "category",
        inverse: options.rtl,
        data: data.map((d) => d.label),
        axisTick: { show: false },
        axisLine: { lineStyle: { color: "#8a8f98" } },
        axisLabel: { fontSize: 10, color: "#3d434b", hideOverlap: true }
      },
      yAxis: {
        type: "value",
        position: options.rtl ? "right" : "left",
        minInterval: 1,
        splitNumber: 3,
        axisLabel: { fontSize: 10, color: "#5b6270", formatter: (v: number) => (options.format ?? String)(v) },
        splitLine: { lineStyle: { color: "#e3e6ea" } }
      },
      series: [{
        type: "bar",
        silent: true,
        emphasis: { disabled: true },
        barMaxWidth: 18,
        barCategoryGap: data.length > 60 ? "10%" : "30%",
        itemStyle: { color: "#2f6f73" },
        label: data.length > 31 ? { show: false } : {
          show: true, position: "top", fontSize: 9, color: "#3d434b",
          formatter: (p: { dataIndex: number }) => data[p.dataIndex]?.display ?? ""
        },
        data: data.map((d) => d.value)
      }]
    },
    width,
    height
  )
}

/**
 * A word-sized bar chart of a daily series: the bars of the recent period (from index `recentFrom`) in the accent
 * colour, the earlier ones grey. No axes or text: the numbers stand beside it in the table.
 */
export function sparkline(values: readonly number[], recentFrom: number, options: { rtl: boolean; width?: number; height?: number }): string {
  if (values.length === 0) return ""
  const width = options.width ?? 150
  const height = options.height ?? 30
  return render(
    {
      grid: { top: 2, bottom: 2, left: 1, right: 1, containLabel: false },
      xAxis: { type: "category", inverse: options.rtl, show: false, data: values.map((_, i) => i) },
      yAxis: { type: "value", show: false, min: 0, max: Math.max(1, ...values) },
      series: [{
        type: "bar",
        silent: true,
        emphasis: { disabled: true },
        barCategoryGap: values.length > 40 ? "0%" : "20%",
        data: values.map((v, i) => ({ value: v, itemStyle: { color: i >= recentFrom ? "#c0562b" : "#9aa6b2" } }))
      }]
    },
    width,
    height
  )
}
