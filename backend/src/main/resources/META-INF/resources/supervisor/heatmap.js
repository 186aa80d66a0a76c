// The heatmap: a metric by service (or weekday) and hour over a date range, coloured against the target (the rule is
// in heatlevels.js). The same numbers as a table, with text marks so that it reads without colour.
import { $, addDays, cell, centerPath, read, startShell, today } from './shell.js';
import { AT_MARK, atTarget, COLOR, isEmpty, LEVELS, levelOf, MARK, targetOf } from './heatlevels.js';
import { num, t, weekdayName } from './i18n.js';

const state = { center: null, data: null, chart: null, view: 'chart' };

function start(center) {
  state.center = center;
  const q = new URLSearchParams(location.search);
  $('to').value = q.get('to') || today();
  $('from').value = q.get('from') || addDays($('to').value, -27);
  const rows = (q.get('rows') || '').toLowerCase();
  const metric = (q.get('metric') || '').toLowerCase();
  $('rows').value = rows === 'weekday' ? 'weekday' : 'service';
  $('metric').value = ['p90_wait', 'within_target', 'arrivals'].includes(metric) ? metric : 'avg_wait';
  load();
}

function stop() {
  state.center = null;
  state.data = null;
}

async function load() {
  const params = { from: $('from').value, to: $('to').value, rows: $('rows').value, metric: $('metric').value };
  const query = new URLSearchParams(params).toString();
  history.replaceState(null, '', '?' + new URLSearchParams({ center: state.center, ...params }));
  state.data = await read(centerPath('/stats/heatmap?' + query));
  render();
}

function format(value, unit) {
  if (value === null || value === undefined) {
    return '—';
  }
  return unit === 'minutes' ? t('minutes', num(value)) : unit === 'percent' ? num(value) + '%' : num(value);
}

function rowLabels(d) {
  return d.rows.map((label, i) => (d.rowKeys && /^[1-7]$/.test(d.rowKeys[i]) && $('rows').value === 'weekday'
    ? weekdayName(d.rowKeys[i], label) : label));
}

function render() {
  const d = state.data;
  $('view-chart').setAttribute('aria-pressed', String(state.view === 'chart'));
  $('view-table').setAttribute('aria-pressed', String(state.view === 'table'));
  $('chart').hidden = state.view !== 'chart';
  $('table-box').hidden = state.view !== 'table';
  renderLegend(d);
  if (!d) {
    $('heat-head').replaceChildren();
    $('heat-body').replaceChildren();
    if (state.chart) {
      state.chart.clear();
    }
    return;
  }
  renderTable(d);
  if (state.view === 'chart') {
    renderChart(d);
  }
}

function renderLegend(d) {
  const legend = $('legend');
  legend.replaceChildren();
  $('goal').textContent = '';
  if (!d) {
    return;
  }
  if (isEmpty(d)) {
    $('goal').textContent = t('noData');
    return;
  }
  if (d.goal === null || d.goal === undefined) {
    $('goal').textContent = t('arrivalsNote');
    return;
  }
  const perRow = d.unit === 'minutes' && $('rows').value === 'service';
  $('goal').textContent = perRow ? t('target') + ': ' + t('targetOfRow') : t('goalIs', num(d.goal), d.unit);
  const labels = d.higherIsBetter ? ['legendGoodHigh', 'legendWarnHigh', 'legendBadHigh'] : ['legendGood', 'legendWarn', 'legendBad'];
  LEVELS.forEach((level, i) => {
    const s = document.createElement('span');
    s.style.setProperty('--swatch', COLOR[level]);
    s.textContent = MARK[level] + t(labels[i]);
    legend.append(s);
  });
  const at = document.createElement('span');
  at.style.setProperty('--swatch', '#ffffff');
  at.textContent = t('atTarget');
  legend.append(at);
}

function renderTable(d) {
  const head = document.createElement('tr');
  head.append(document.createElement('th'), ...d.columns.map(h => {
    const th = document.createElement('th');
    th.className = 'n';
    th.textContent = h + 'h';
    return th;
  }));
  $('heat-head').replaceChildren(head);
  const labels = rowLabels(d);
  $('heat-body').replaceChildren(...d.rows.map((_, r) => {
    const tr = document.createElement('tr');
    tr.dataset.row = d.rowKeys ? d.rowKeys[r] : r;
    tr.append(cell(labels[r], 'name'));
    d.columns.forEach((_, c) => {
      const value = d.cells[r][c];
      const target = targetOf(d, r);
      const level = levelOf(value, target, d.higherIsBetter);
      const at = atTarget(value, target);
      const td = cell((level ? MARK[level] : '') + format(value, d.unit) + (at ? AT_MARK : ''),
        'n' + (level ? ' ' + level : '') + (at ? ' at-target' : ''), { hour: d.columns[c] });
      const count = document.createElement('small');
      count.textContent = ' (' + (d.counts ? d.counts[r][c] : 0) + ')';
      td.append(count);
      tr.append(td);
    });
    return tr;
  }));
}

function renderChart(d) {
  if (!window.echarts) {
    return;
  }
  if (!state.chart) {
    state.chart = window.echarts.init($('chart'));
    window.addEventListener('resize', () => state.chart.resize());
  }
  state.chart.resize();
  const labels = rowLabels(d);
  const data = [];
  d.rows.forEach((_, r) => d.columns.forEach((__, c) => {
    const value = d.cells[r][c];
    if (value === null || value === undefined) {
      return;
    }
    const target = targetOf(d, r);
    const level = levelOf(value, target, d.higherIsBetter);
    const item = { value: [c, r, value, level ? LEVELS.indexOf(level) : 0, d.counts ? d.counts[r][c] : 0] };
    if (atTarget(value, target)) {
      item.itemStyle = { borderColor: '#14213d', borderWidth: 3 };
      item.at = true;
    }
    data.push(item);
  }));
  const max = Math.max(1, ...data.map(i => i.value[2]));
  const goal = d.goal !== null && d.goal !== undefined;
  if (!goal) {
    data.filter(i => i.value[2] > 0.6 * max).forEach(i => { i.label = { color: '#ffffff' }; }); // on dark blue
  }
  const font = window.innerWidth >= 1700 ? 16 : 13; // a hall TV is read from further away
  state.chart.setOption({
    animation: false,
    grid: { left: 8, right: 16, top: 8, bottom: goal ? 8 : 48, containLabel: true },
    tooltip: {
      formatter: p => {
        const [c, r, value, , count] = p.value;
        const target = targetOf(d, r);
        return escape(labels[r]) + ' · ' + d.columns[c] + 'h–' + (d.columns[c] + 1) + 'h<br>'
          + escape(t(d.metric)) + ': <b>' + escape(format(value, d.unit)) + '</b><br>'
          + escape(t('count')) + ': ' + count
          + (target !== null ? '<br>' + escape(t('target')) + ': ' + escape(format(target, d.unit)) : '');
      }
    },
    xAxis: { type: 'category', data: d.columns.map(h => h + 'h'), splitArea: { show: true }, axisLabel: { fontSize: font } },
    yAxis: { type: 'category', data: labels, inverse: true, splitArea: { show: true }, axisLabel: { fontSize: font } },
    visualMap: goal
      ? { type: 'piecewise', dimension: 3, show: false,
        pieces: LEVELS.map((level, i) => ({ value: i, color: COLOR[level] })) }
      : { type: 'continuous', dimension: 2, min: 0, max, orient: 'horizontal', left: 'center', bottom: 0,
        inRange: { color: ['#eef4fb', '#0b5394'] }, calculable: false, text: [num(max), '0'] },
    series: [{
      type: 'heatmap', data,
      label: { show: true, color: '#14213d', fontSize: font,
        formatter: p => num(p.value[2]) + (p.data.at ? AT_MARK : '') },
      itemStyle: { borderColor: '#ffffff', borderWidth: 1 }
    }]
  }, true);
}

function escape(text) {
  const div = document.createElement('div');
  div.textContent = String(text);
  return div.innerHTML;
}

function init() {
  $('controls').addEventListener('submit', e => {
    e.preventDefault();
    load();
  });
  ['rows', 'metric'].forEach(id => $(id).addEventListener('change', load));
  $('view-chart').addEventListener('click', () => {
    state.view = 'chart';
    render();
  });
  $('view-table').addEventListener('click', () => {
    state.view = 'table';
    render();
  });
  startShell({ start, stop, render });
}

init();
