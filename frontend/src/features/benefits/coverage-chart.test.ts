import { describe, expect, it } from 'vitest';
import { barTone, chartLayout, sortBars, type CoverageBar } from './coverage-chart';

const bar = (communeName: string, percent: number | null, meetsTarget: boolean | null = null): CoverageBar => ({
  communeCode: communeName,
  communeName,
  percent,
  meetsTarget,
});

describe('the coverage chart', () => {
  it('scales 0–100 % to the plot with the target line at its right end', () => {
    const layout = chartLayout([bar('A', 50), bar('B', 96.6)], 100, 600);
    expect(layout.max).toBe(100);
    expect(layout.ticks).toEqual([0, 25, 50, 75, 100]);
    expect(layout.x(50)).toBe(300);
    expect(layout.x(0)).toBe(0);
    expect(layout.targetX).toBe(600);
    expect(layout.height).toBe(2 * 28 + 24);
  });

  it('widens the axis when a commune is above 100 %, keeping the target line inside', () => {
    const layout = chartLayout([bar('A', 123.4)], 100, 500);
    expect(layout.max).toBe(130);
    expect(layout.ticks).toEqual([0, 50, 100]);
    expect(layout.x(123.4)).toBeCloseTo(474.6, 1);
    expect(layout.targetX).toBeCloseTo(384.6, 1);
  });

  it('has no target line without a target, and clamps what lies outside the axis', () => {
    const layout = chartLayout([bar('A', null)], null, 400);
    expect(layout.targetX).toBeNull();
    expect(layout.max).toBe(100);
    expect(layout.x(-5)).toBe(0);
    expect(layout.x(150)).toBe(400);
  });

  it('colours by the target, grey without a target or a figure', () => {
    expect(barTone({ percent: 100, meetsTarget: true })).toBe('met');
    expect(barTone({ percent: 80, meetsTarget: false })).toBe('below');
    expect(barTone({ percent: 80, meetsTarget: null })).toBe('none');
    expect(barTone({ percent: null, meetsTarget: null })).toBe('none');
  });

  it('puts the lowest coverage first and communes without a figure last', () => {
    const sorted = sortBars([bar('Xã C', 90), bar('Xã A', null), bar('Xã B', 40), bar('Xã D', 90), bar('Xã Ă', null)]);
    expect(sorted.map((b) => b.communeName)).toEqual(['Xã B', 'Xã C', 'Xã D', 'Xã A', 'Xã Ă']);
  });
});
