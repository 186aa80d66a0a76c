// Staffing advice for one day: per service and hour the forecast arrivals and the counters needed (Erlang C, from
// the server) against the counters planned for the service, then the totals needed against the counters planned.
// Every service hour and total hour that is short is marked ■ and in red, and said in words; a forecast from too
// few weeks gets an amber note.
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

function small(text) {
  const el = document.createElement('small');
  el.textContent = text;
  return el;
}

/** Counters needed beyond the service's planned share in that hour; 0 when the plan is enough. */
function shortBy(entry) {
  return Math.max(0, entry.countersNeeded - entry.countersPlanned);
}

function hourCell(entry) {
  const td = cell('', 'hour-cell');
  if (!entry) {
    td.textContent = '—';
    return td;
  }
  const short = shortBy(entry) > 0;
  const needed = document.createElement('b');
  needed.textContent = (short ? '■ ' : '') + entry.countersNeeded;
  td.append(needed, ' ' + t('countersShort'), small(num(entry.forecastArrivals) + ' ' + t('arrivalsShort')));
  if (short) {
    td.classList.add('short');
    td.dataset.hour = entry.hour;
    td.title = t('serviceShortTitle', entry.countersNeeded, num(entry.countersPlanned, 2));
    td.append(small(t('short', num(shortBy(entry), 2))));
  }
  return td;
}

function fewWeeksNote(d) {
  const note = $('few-weeks');
  note.hidden = !d || !d.fewWeeks;
  note.textContent = note.hidden ? '' : t(d.weeksUsed ? 'fewWeeks' : 'noWeeks', d.weeksUsed, d.minWeeks);
}

/** The shortfalls in words: the center's short hours, then each short service with its hours. */
function shortfallText(d, shortHours) {
  const services = d.services
    .map(s => ({ name: s.name, hours: s.hours.filter(e => shortBy(e) > 0).map(e => e.hour + 'h') }))
    .filter(s => s.hours.length);
  const parts = [];
  if (shortHours.length) {
    parts.push(t('shortHours', shortHours.length, shortHours.map(h => h + 'h').join(', ')));
  }
  if (services.length) {
    parts.push(t('shortServices', services.map(s => s.name + ' (' + s.hours.join(', ') + ')').join('; ')));
  }
  const text = $('shortfall');
  text.className = 'shortfall-text ' + (parts.length ? 'bad' : 'good');
  text.textContent = parts.length ? parts.join(' ') + ' ' + t('shortMark') : t('noShortfall');
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
  fewWeeksNote(d);
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
      cell(num(s.plannedCounters, 2), 'n'), ...d.hours.map(h => hourCell(byHour.get(h))));
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
  shortfallText(d, short);
}

$('controls').addEventListener('submit', e => {
  e.preventDefault();
  load();
});
$('date').addEventListener('change', load);
startShell({ start, stop, render });
