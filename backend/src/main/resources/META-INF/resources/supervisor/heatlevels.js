// How a heatmap cell reads against its target, kept apart from the drawing so that the rule can be checked on its own
// (SupervisorBrowserTest imports this module): green under 80% of the target, amber from 80% up to and including it,
// red beyond; mirrored when a higher value is better (the share within target): green at or above it, amber from 80%,
// red below. A cell within 0.05 of the target (one shown decimal) is at the target: ◆ and a thick border.

export const LEVELS = ['good', 'warn', 'over'];
export const COLOR = { good: '#8fd19e', warn: '#ffc861', over: '#ef8a80' };
/** Text marks, so that the levels read without colour. */
export const MARK = { good: '', warn: '▲ ', over: '■ ' };
export const AT_MARK = ' ◆';

/** The target a cell is measured against: a service row's own target wait, else the centre-wide goal. */
export function targetOf(d, row) {
  if (d.goal === null || d.goal === undefined) {
    return null;
  }
  if (d.unit === 'minutes' && d.rows && d.rowTargets && d.rowTargets[row] != null) {
    return d.rowTargets[row];
  }
  return d.goal;
}

/** 'good', 'warn' or 'over'; null without a value or a target. */
export function levelOf(value, target, higherIsBetter) {
  if (value === null || value === undefined || target === null || target === undefined) {
    return null;
  }
  if (higherIsBetter) {
    return value >= target ? 'good' : value >= 0.8 * target ? 'warn' : 'over';
  }
  return value > target ? 'over' : value >= 0.8 * target ? 'warn' : 'good';
}

export function atTarget(value, target) {
  return value !== null && value !== undefined && target !== null && target !== undefined
    && Math.abs(value - target) < 0.05;
}

/** Whether a heatmap has no figure at all: no rows, or every cell empty. */
export function isEmpty(d) {
  return d.rows.length === 0 || d.cells.every(row => row.every(v => v === null || v === undefined));
}
