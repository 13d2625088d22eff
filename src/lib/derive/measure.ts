import type { MeasureUnit, Target } from '../../schemas';
import { formatDuration } from '../format/duration';
import { formatNumber, plural } from '../format/number';

export type Assessment = 'met' | 'not-met';

/** Whether a value meets its target, by the comparison the target states. */
export function assessTarget(value: number, target: Target): Assessment {
  const ok =
    target.comparison === 'at-least'
      ? value >= target.value
      : target.comparison === 'at-most'
        ? value <= target.value
        : target.comparison === 'above'
          ? value > target.value
          : value < target.value;
  return ok ? 'met' : 'not-met';
}

export interface Change {
  difference: number;
  direction: 'up' | 'down' | 'unchanged';
  /** Whether the change is for the better; undefined where neither direction is better. */
  improved?: boolean;
}

/** The change from one value to the next, and whether it is an improvement. */
export function changeBetween(previous: number, latest: number, better: 'higher' | 'lower' | 'neither'): Change {
  // Round away floating-point noise (90.1 - 83.8) to the precision figures are published at.
  const difference = Math.round((latest - previous) * 1e6) / 1e6;
  const direction = difference > 0 ? 'up' : difference < 0 ? 'down' : 'unchanged';
  const improved = better === 'neither' || direction === 'unchanged' ? undefined : (direction === 'up') === (better === 'higher');
  return { difference, direction, improved };
}

/**
 * A value in its unit, as a reader expects it: "90.1%", "2,175", "39 min 18 s", "50.61 per 1,000".
 * "long" writes a duration out in words, for sentences: "1 hour", "45 minutes".
 */
export function formatValue(value: number, unit: MeasureUnit, style: 'short' | 'long' = 'short'): string {
  switch (unit) {
    case 'percent':
      return `${formatNumber(value)}%`;
    case 'rate-per-1000':
      return `${formatNumber(value)} per 1,000`;
    case 'minutes':
      return formatDuration(value, style);
    case 'seconds':
      return style === 'long' ? plural(value, 'second') : `${formatNumber(value)} s`;
    case 'hours':
      return plural(value, 'hour');
    case 'days':
      return plural(value, 'day');
    default:
      return formatNumber(value);
  }
}

/** A difference in the measure's unit: percentage points for percentages. */
export function formatDifference(difference: number, unit: MeasureUnit): string {
  const sign = difference > 0 ? '+' : difference < 0 ? '−' : '±';
  const size = Math.abs(difference);
  if (unit === 'percent') return `${sign}${plural(size, 'percentage point')}`;
  return `${sign}${formatValue(size, unit)}`;
}

export const comparisonText: Record<Target['comparison'], string> = {
  'at-least': 'at least',
  'at-most': 'at most',
  above: 'above',
  below: 'below',
};

/** A target in words: "at least 90%", "below 5%", "below 1 hour". */
export function targetText(target: Target, unit: MeasureUnit): string {
  return `${comparisonText[target.comparison]} ${formatValue(target.value, unit, 'long')}`;
}
