/**
 * One ECharts chart (SVG renderer) with its table alternative: the chart is
 * an image with a text label for screen readers, and the same numbers are
 * one click away as a table.
 */
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

echarts.use([LineChart, BarChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export interface ChartSeries {
  name: string;
  kind: 'line' | 'bar';
  values: Array<number | null>;
}

export function Chart(props: {
  id: string;
  title: string;
  /** One sentence saying what the chart shows, for those who cannot see it. */
  summary: string;
  categories: string[];
  series: ChartSeries[];
  /** Values as text in the table (percentages, days). */
  format?: (v: number) => string;
  yMax?: number;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const { categories, series, yMax } = props;

  useEffect(() => {
    if (!box.current) return;
    const chart = echarts.init(box.current, undefined, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      aria: { enabled: false },
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 48, right: 16, top: 36, bottom: 32 },
      xAxis: { type: 'category', data: categories },
      yAxis: { type: 'value', ...(yMax !== undefined ? { max: yMax } : {}) },
      series: series.map((s) => ({ name: s.name, type: s.kind, data: s.values, showSymbol: true })),
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [categories, series, yMax]);

  const show = (v: number | null) => (v === null ? '—' : props.format ? props.format(v) : String(v));
  return (
    <section className="chart" aria-labelledby={`${props.id}-title`}>
      <h2 id={`${props.id}-title`}>{props.title}</h2>
      <div ref={box} className="chart__canvas" role="img" aria-label={props.summary} />
      <p className="muted">{props.summary}</p>
      {props.children}
      <details className="chart__table">
        <summary>{t('trust.dashboard.showTable')}</summary>
        <div className="table-wrap">
          <table className="data-table" data-testid={`${props.id}-table`}>
            <caption className="visually-hidden">{props.title}</caption>
            <thead>
              <tr>
                <th scope="col">{t('trust.dashboard.period')}</th>
                {series.map((s) => (
                  <th key={s.name} scope="col">
                    {s.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {categories.map((c, i) => (
                <tr key={c}>
                  <th scope="row">{c}</th>
                  {series.map((s) => (
                    <td key={s.name}>{show(s.values[i] ?? null)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
