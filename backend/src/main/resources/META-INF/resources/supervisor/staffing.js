// Staffing advice for one day: per service and hour the forecast arrivals and the counters needed (Erlang C, from
// the server), then the totals needed against the counters planned, with every hour that is short marked in red
// and said in words.
import { $, addDays, cell, centerPath, read, startShell, today } from './shell.js';
import { num, t } from './i18n.js';

const state = { center: null, data: null };

function start(center) {
  state.center = center;
  $('date').value = new URLSearchParams(location.search).get('date') || addDays(today(), 1);
  load();
}

function stop() {
  state.center = null;
  state.data = null;
}

async function load() {
  history.replaceState(null, '', '?' + new URLSearchParams({ center: state.center, date: $('date').value }));
  state.data = await read(centerPath('/stats/staffing?date=' + encodeURIComponent($('date').value)));
  render();
}

function hourCell(entry) {
  const td = cell('', 'hour-cell');
  if (!entry) {
    td.textContent = '—';
    return td;
  }
  const needed = document.createElement('b');
  needed.textContent = entry.countersNeeded;
  const arrivals = document.createElement('small');
  arrivals.textContent = num(entry.forecastArrivals) + ' ' + t('arrivalsShort');
  td.append(needed, ' ' + t('countersShort'), arrivals);
  return td;
}

function totalsRow(label, hours, byHour, value, className) {
  const tr = document.createElement('tr');
  tr.className = 'total';
  const first = cell(label, 'name');
  first.colSpan = 4;
  tr.append(first, ...hours.map(h => {
    const total = byHour.get(h);
    return total ? value(total) : cell('—', 'n');
  }));
  if (className) {
    tr.classList.add(className);
  }
  return tr;
}

function render() {
  const d = state.data;
  $('staffing-head').replaceChildren();
  $('staffing-body').replaceChildren();
  $('note').textContent = '';
  $('shortfall').textContent = '';
  if (!d) {
    return;
  }
  $('note').textContent = t('staffingNote', d.weeksUsed, num(d.goalPercent));
  const head = document.createElement('tr');
  head.append(...[t('service'), t('target'), t('meanService'), t('plannedShort')].map((text, i) => {
    const th = document.createElement('th');
    th.textContent = text;
    th.className = i > 0 ? 'n' : '';
    return th;
  }), ...d.hours.map(h => {
    const th = document.createElement('th');
    th.className = 'n';
    th.textContent = h + 'h';
    return th;
  }));
  $('staffing-head').replaceChildren(head);

  const rows = d.services.map(s => {
    const tr = document.createElement('tr');
    tr.dataset.service = s.code;
    const byHour = new Map(s.hours.map(e => [e.hour, e]));
    tr.append(cell(s.name, 'name'), cell(t('minutes', s.targetWaitMinutes), 'n'),
      cell(s.meanServiceMinutes === null ? '—' : t('minutes', num(s.meanServiceMinutes)), 'n'),
      cell(num(s.plannedCounters), 'n'), ...d.hours.map(h => hourCell(byHour.get(h))));
    return tr;
  });
  const totals = new Map(d.totals.map(e => [e.hour, e]));
  const short = d.hours.filter(h => totals.get(h) && totals.get(h).countersNeeded > totals.get(h).countersPlanned);
  rows.push(
    totalsRow(t('forecast'), d.hours, totals, e => cell(num(e.forecastArrivals), 'n')),
    totalsRow(t('needed'), d.hours, totals, e => cell(e.countersNeeded, 'n' + (short.includes(e.hour) ? ' short' : ''))),
    totalsRow(t('planned'), d.hours, totals, e => cell(num(e.countersPlanned), 'n')),
    totalsRow(t('shortfall'), d.hours, totals, e => {
      const gap = e.countersNeeded - e.countersPlanned;
      return gap > 0 ? cell('■ ' + t('short', num(gap)), 'n short', { hour: e.hour }) : cell('✓ ' + t('enough'), 'n');
    }, 'shortfall-row'));
  $('staffing-body').replaceChildren(...rows);
  const text = $('shortfall');
  text.className = 'shortfall-text ' + (short.length ? 'bad' : 'good');
  text.textContent = short.length ? t('shortHours', short.length, short.map(h => h + 'h').join(', ')) : t('noShortfall');
}

$('controls').addEventListener('submit', e => {
  e.preventDefault();
  load();
});
$('date').addEventListener('change', load);
startShell({ start, stop, render });
