/*
 * The geometry of the coverage chart: one horizontal bar per commune against the 100 % target line. Pure, so the
 * scaling is tested without a browser.
 */

export interface CoverageBar {
  communeCode: string;
  communeName: string;
  /** null when nobody is counted (no denominator): no bar, a dash. */
  percent: number | null;
  meetsTarget: boolean | null;
}

export interface ChartLayout {
  /** The largest value on the axis: 100, or the highest coverage rounded up to ten. */
  max: number;
  ticks: number[];
  /** x of a value, in the plot's own units (0..plotWidth). */
  x: (value: number) => number;
  /** x of the target line, or null without a target. */
  targetX: number | null;
  plotWidth: number;
  height: number;
  rowHeight: number;
}

export const ROW_HEIGHT = 28;
export const AXIS_HEIGHT = 24;

export function chartLayout(bars: readonly CoverageBar[], targetPercent: number | null, plotWidth = 600): ChartLayout {
  const highest = Math.max(0, ...bars.map((b) => b.percent ?? 0), targetPercent ?? 0);
  const max = Math.max(100, Math.ceil(highest / 10) * 10);
  const step = max <= 100 ? 25 : max <= 200 ? 50 : Math.ceil(max / 4 / 10) * 10;
  const ticks: number[] = [];
  for (let v = 0; v <= max; v += step) ticks.push(v);
  const x = (value: number) => (Math.min(Math.max(value, 0), max) / max) * plotWidth;
  return {
    max,
    ticks,
    x,
    targetX: targetPercent === null ? null : x(targetPercent),
    plotWidth,
    rowHeight: ROW_HEIGHT,
    height: bars.length * ROW_HEIGHT + AXIS_HEIGHT,
  };
}

export type BarTone = 'met' | 'below' | 'none';

/** A bar's tone: green at or over the target, orange below it, grey when there is no target or no figure. */
export function barTone(bar: Pick<CoverageBar, 'percent' | 'meetsTarget'>): BarTone {
  if (bar.percent === null || bar.meetsTarget === null) return 'none';
  return bar.meetsTarget ? 'met' : 'below';
}

/** Lowest coverage first, so the communes that need help come on top; unknown ones last, then by name. */
export function sortBars<T extends CoverageBar>(bars: readonly T[]): T[] {
  return [...bars].sort((a, b) => {
    if (a.percent === null && b.percent === null) return a.communeName.localeCompare(b.communeName, 'vi');
    if (a.percent === null) return 1;
    if (b.percent === null) return -1;
    return a.percent !== b.percent ? a.percent - b.percent : a.communeName.localeCompare(b.communeName, 'vi');
  });
}
