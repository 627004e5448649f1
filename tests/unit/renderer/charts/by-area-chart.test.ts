/**
 * What the by-area chart draws and says when some of it is not rated yet, rendered to markup: the radar
 * (its code loads on demand, so "Drawing the chart…" stands for it here) or the reason there is none.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { CategoryPoint } from '../../../../renderer/charts/chart-types';
import { ByAreaChart } from '../../../../renderer/charts/progress-charts';

const series = [
  { key: 'current', label: 'L4 (current)' },
  { key: 'target', label: 'L5 (target)' },
];
const area = (name: string, current: CategoryPoint[string], target: CategoryPoint[string]): CategoryPoint => ({
  area: name,
  current,
  target,
});
const chart = (points: CategoryPoint[]) => renderToStaticMarkup(createElement(ByAreaChart, { title: 'Met by area', points, series }));

describe('the by-area chart', () => {
  it('draws the current level when nobody rated the target yet, and says so', () => {
    const markup = chart([area('A', 100, 'not rated'), area('B', 50, 'not rated'), area('C', 100, 'not rated'), area('D', null, null)]);
    expect(markup).toContain('Drawing the chart…');
    expect(markup).toContain('Not drawn, nothing rated yet for L5 (target).');
    expect(markup).toContain('Not drawn, with nothing to measure: D.');
    expect(markup).not.toContain('Not drawn until');
  });

  it('leaves out an area not rated in one series drawn, naming the series', () => {
    const markup = chart([area('A', 100, 50), area('B', 50, 'not rated'), area('C', 100, 0), area('D', 80, 20)]);
    expect(markup).toContain('Drawing the chart…');
    expect(markup).toContain('Not drawn, not rated yet for L4 (current) or L5 (target): B.');
  });

  it('with fewer than three areas to draw, names those not rated instead of drawing', () => {
    const markup = chart([area('A', 100, 50), area('B', 'not rated', 'not rated'), area('C', 'not rated', 'not rated')]);
    expect(markup).not.toContain('Drawing the chart…');
    expect(markup).toContain('Not drawn until at least three areas are rated; not rated yet for L4 (current) or L5 (target): B, C.');
  });

  it('lists the rated areas furthest behind first in the bars of a large framework, then those not rated', () => {
    const points = Array.from({ length: 20 }, (_, index) =>
      area(`Area ${index + 1}`, index < 14 ? 'not rated' : 10 * index, index < 14 ? 'not rated' : 5 * index),
    );
    const markup = chart(points);
    expect(markup).toContain('the 12 areas furthest behind, of 20');
    const shown = [...markup.matchAll(/<span class="area-bars-label">([^<]+)<\/span>/g)].map((match) => match[1]);
    expect(shown.slice(0, 6)).toEqual(['Area 15', 'Area 16', 'Area 17', 'Area 18', 'Area 19', 'Area 20']);
    // An area not rated is an outline saying so, not a bar of 0 %; 0 % is an empty bar.
    expect(markup.match(/class="area-bars-bar series-bar-\d area-bars-unmeasured"><span class="area-bars-value">not rated</g)).toHaveLength(
      12,
    );
    const zero = chart([...points.slice(0, 19), area('Area 20', 0, 0)]);
    expect(zero).toContain('class="area-bars-bar series-bar-0" style="width:0%"><span class="area-bars-value">0%</span>');
  });
});
