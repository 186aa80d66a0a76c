// Reports over a date range: the summary by service, counter or clerk (GET /reports/summary) and the downloads
// (summary.csv, tickets.csv, summary.xlsx) for the same range; the session cookie goes with the download links.
import { $, addDays, cell, centerPath, read, startShell, today } from './shell.js';
import { num, t } from './i18n.js';

const state = { center: null, data: null };

function start(center) {
  state.center = center;
  const q = new URLSearchParams(location.search);
  $('to').value = q.get('to') || today();
  $('from').value = q.get('from') || addDays($('to').value, -27);
  const by = (q.get('by') || '').toLowerCase(); // as the server: any case
  $('by').value = ['counter', 'clerk'].includes(by) ? by : 'service';
  load();
}

function stop() {
  state.center = null;
  state.data = null;
}

async function load() {
  const range = { from: $('from').value, to: $('to').value };
  const withBy = new URLSearchParams({ ...range, by: $('by').value }).toString();
  const plain = new URLSearchParams(range).toString();
  history.replaceState(null, '', '?' + new URLSearchParams({ center: state.center, ...range, by: $('by').value }));
  $('dl-summary-csv').href = centerPath('/reports/summary.csv?' + withBy);
  $('dl-tickets-csv').href = centerPath('/reports/tickets.csv?' + plain);
  $('dl-summary-xlsx').href = centerPath('/reports/summary.xlsx?' + plain);
  state.data = await read(centerPath('/reports/summary?' + withBy));
  render();
}

function row(r, total) {
  const tr = document.createElement('tr');
  tr.dataset.key = r.key;
  if (total) {
    tr.className = 'total';
  }
  const minutes = m => (m === null || m === undefined ? '—' : t('minutes', num(m)));
  const percent = p => (p === null || p === undefined ? '—' : num(p) + '%');
  tr.append(cell(total ? '' : r.key), cell(total ? t('total') : r.label, 'name'), cell(r.tickets, 'n tickets'),
    cell(r.served, 'n'), cell(percent(r.noShowPercent), 'n'), cell(r.cancelled, 'n'),
    cell(minutes(r.avgWaitMinutes), 'n'), cell(minutes(r.p90WaitMinutes), 'n'),
    cell(minutes(r.avgServiceMinutes), 'n'), cell(percent(r.withinTargetPercent), 'n'));
  return tr;
}

function render() {
  const d = state.data;
  if (!d) {
    $('report-body').replaceChildren();
    return;
  }
  $('report-body').replaceChildren(...d.rows.map(r => row(r, false)), row(d.total, true));
}

$('controls').addEventListener('submit', e => {
  e.preventDefault();
  load();
});
$('by').addEventListener('change', load);
startShell({ start, stop, render });
