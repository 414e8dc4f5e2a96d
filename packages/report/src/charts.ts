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
