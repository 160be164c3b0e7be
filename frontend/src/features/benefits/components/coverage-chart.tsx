import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgramCoverage } from '@/lib/api/types';
import { currentLanguage } from '@/lib/i18n';
import { AXIS_HEIGHT, barTone, chartLayout, sortBars, type BarTone, type CoverageBar } from '../coverage-chart';
import { formatPercent } from '../entitlements';

const LABEL_WIDTH = 190;
const PLOT_WIDTH = 520;
const VALUE_WIDTH = 70;
const FILL: Record<BarTone, string> = { met: '#2b8a3e', below: '#d9480f', none: '#868e96' };

/**
 * Coverage per commune as horizontal bars against the target line, lowest first. A plain SVG with a title and a
 * description; the table below it carries the same figures for screen readers and for copying.
 */
export function CoverageChart({ coverage }: { coverage: ProgramCoverage }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const id = useId();
  const bars: CoverageBar[] = sortBars(
    coverage.communes.map((c) => ({
      communeCode: c.communeCode ?? '',
      communeName: c.communeName,
      percent: c.coveragePercent ?? null,
      meetsTarget: c.meetsTarget ?? null,
    })),
  );
  const target = coverage.targetPercent ?? null;
  const layout = chartLayout(bars, target, PLOT_WIDTH);
  const width = LABEL_WIDTH + PLOT_WIDTH + VALUE_WIDTH;
  const below = bars.filter((b) => barTone(b) === 'below').length;
  const description =
    target === null
      ? t('benefits.coverage.chartDescriptionNoTarget', { count: bars.length })
      : t('benefits.coverage.chartDescription', {
          count: bars.length,
          below,
          target: formatPercent(target, language),
        });

  return (
    <figure style={{ margin: 0 }} data-testid="coverage-chart">
      <svg
        viewBox={`0 0 ${width} ${layout.height + 8}`}
        width="100%"
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        style={{ maxWidth: width, display: 'block', fontFamily: 'inherit' }}
      >
        <title id={`${id}-title`}>{t('benefits.coverage.chartTitle')}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <g transform={`translate(${LABEL_WIDTH},0)`}>
          {layout.ticks.map((tick) => (
            <g key={tick} transform={`translate(${layout.x(tick)},0)`}>
              <line y1={0} y2={layout.height - AXIS_HEIGHT} stroke="#dee2e6" />
              <text y={layout.height - AXIS_HEIGHT + 16} textAnchor="middle" fontSize={12} fill="#495057">
                {formatPercent(tick, language)}
              </text>
            </g>
          ))}
        </g>
        {bars.map((bar, i) => {
          const y = i * layout.rowHeight;
          const tone = barTone(bar);
          const value = bar.percent === null ? '—' : formatPercent(bar.percent, language);
          return (
            <g key={bar.communeCode || bar.communeName} data-commune={bar.communeCode} data-tone={tone}>
              <text x={LABEL_WIDTH - 8} y={y + layout.rowHeight / 2 + 4} textAnchor="end" fontSize={13} fill="#212529">
                {bar.communeName}
              </text>
              {bar.percent !== null && (
                <rect
                  x={LABEL_WIDTH}
                  y={y + 5}
                  width={Math.max(layout.x(bar.percent), bar.percent > 0 ? 2 : 0)}
                  height={layout.rowHeight - 10}
                  rx={3}
                  fill={FILL[tone]}
                >
                  <title>{`${bar.communeName}: ${value}`}</title>
                </rect>
              )}
              <text
                x={LABEL_WIDTH + (bar.percent === null ? 0 : layout.x(bar.percent)) + 6}
                y={y + layout.rowHeight / 2 + 4}
                fontSize={12}
                fontWeight={600}
                fill="#212529"
              >
                {value}
              </text>
            </g>
          );
        })}
        {layout.targetX !== null && (
          <g transform={`translate(${LABEL_WIDTH + layout.targetX},0)`} data-testid="target-line">
            <line y1={0} y2={layout.height - AXIS_HEIGHT} stroke="#c92a2a" strokeWidth={2} strokeDasharray="6 4" />
          </g>
        )}
      </svg>
      <figcaption>
        <span style={{ display: 'inline-flex', gap: 16, flexWrap: 'wrap', fontSize: 13, color: '#495057' }}>
          {target !== null && (
            <span>
              <svg width="18" height="10" aria-hidden focusable="false">
                <line x1="0" y1="5" x2="18" y2="5" stroke="#c92a2a" strokeWidth={2} strokeDasharray="6 4" />
              </svg>{' '}
              {t('benefits.coverage.targetLine', { target: formatPercent(target, language) })}
            </span>
          )}
          {(['met', 'below', 'none'] as const).map((tone) => (
            <span key={tone}>
              <svg width="12" height="12" aria-hidden focusable="false">
                <rect width="12" height="12" rx="2" fill={FILL[tone]} />
              </svg>{' '}
              {t(`benefits.coverage.legend.${tone}`)}
            </span>
          ))}
        </span>
      </figcaption>
    </figure>
  );
}
