// The live view: today's waits per service against the target, the counters, the devices and the alerts of one
// center. It reads GET /stats/live, then again at most once a second after any frame of the center's public event
// stream, and every 15 s whatever happens (the times shown move on even when nothing changes).
import { EventStream } from '/clerk/events.js';
import { $, cell, centerPath, read, setLive, startShell } from './shell.js';
import { language, num, t } from './i18n.js';

const MIN_GAP_MS = 1000;
const EVERY_MS = 15000;
const LEVEL_MARK = { OK: '●', WARN: '▲', OVER: '■' };
const PRINTER_PROBLEMS = new Set(['PAPER_OUT', 'COVER_OPEN', 'OFFLINE', 'NO_RESPONSE', 'DISCONNECTED']);

const view = { center: null, data: null, stream: null, timer: null, every: null, lastLoad: 0, loading: false, again: false };

function start(center) {
  view.center = center;
  view.data = null;
  render();
  view.stream = new EventStream(center, () => soon(), setLive);
  view.every = setInterval(soon, EVERY_MS);
  load();
}

function stop() {
  if (view.stream) {
    view.stream.stop();
    view.stream = null;
  }
  clearInterval(view.every);
  clearTimeout(view.timer);
  view.timer = null;
  view.center = null;
  setLive(null);
}

/** A read at most once a second: frames that come meanwhile are folded into the next one. */
function soon() {
  if (view.timer || !view.center) {
    return;
  }
  view.timer = setTimeout(() => {
    view.timer = null;
    load();
  }, Math.max(0, view.lastLoad + MIN_GAP_MS - Date.now()));
}

async function load() {
  if (view.loading) {
    view.again = true;
    return;
  }
  view.loading = true;
  view.lastLoad = Date.now();
  const center = view.center;
  const data = await read(centerPath('/stats/live'));
  if (data && center === view.center) {
    view.data = data;
    render();
  }
  view.loading = false;
  if (view.again) {
    view.again = false;
    soon();
  }
}

function render() {
  const d = view.data;
  if (!d) {
    ['services', 'counters', 'devices', 'alerts'].forEach(id => $(id).replaceChildren());
    ['sum-waiting', 'sum-served', 'sum-counters', 'sum-alerts', 'updated'].forEach(id => { $(id).textContent = '—'; });
    return;
  }
  $('sum-waiting').textContent = d.services.reduce((n, s) => n + s.waiting, 0);
  $('sum-served').textContent = d.services.reduce((n, s) => n + s.servedToday, 0);
  $('sum-counters').textContent = d.counters.filter(k => k.status === 'OPEN').length + '/' + d.counters.length;
  $('sum-alerts').textContent = d.alerts.length;
  $('sum-alerts').parentElement.className = d.alerts.some(a => a.severity === 'CRITICAL') ? 'critical'
    : d.alerts.length ? 'warn' : '';
  $('updated').textContent = time(d.at);
  renderServices(d.services);
  renderCounters(d.counters, new Set(d.alerts.filter(a => a.kind === 'COUNTER_IDLE').map(a => a.counter)));
  renderDevices(d.devices);
  renderAlerts(d.alerts);
}

/** Amber from 80% of the target, red at the target: the same rule as the service's level. */
function againstTarget(minutes, target) {
  if (minutes === null || minutes === undefined) {
    return '';
  }
  return minutes >= target ? 'over' : minutes >= 0.8 * target ? 'warn' : '';
}

function minutes(m) {
  return m === null || m === undefined ? '—' : t('minutes', num(m));
}

function renderServices(services) {
  $('services').replaceChildren(...services.map(s => {
    const tr = document.createElement('tr');
    tr.dataset.service = s.code;
    tr.dataset.level = s.level;
    tr.className = 'level-' + s.level.toLowerCase();
    const name = cell(s.name, 'name');
    if (!s.open) {
      const tag = document.createElement('span');
      tag.className = 'tag';
      tag.textContent = t('closedService');
      name.append(' ', tag);
    }
    tr.append(name, cell(s.waiting, 'n waiting big-cell'),
      cell(minutes(s.longestWaitMinutes), 'n longest ' + againstTarget(s.longestWaitMinutes, s.targetWaitMinutes)),
      cell(minutes(s.estimatedWaitMinutes), 'n estimate ' + againstTarget(s.estimatedWaitMinutes, s.targetWaitMinutes)),
      cell(t('minutes', s.targetWaitMinutes), 'n'), cell(s.servedToday, 'n served'),
      cell(s.withinTargetPercent === null ? '—' : t('percent', num(s.withinTargetPercent)), 'n within'),
      cell(LEVEL_MARK[s.level] + ' ' + t(s.level), 'level-label'));
    return tr;
  }));
}

function renderCounters(counters, idle) {
  $('counters').replaceChildren(...counters.map(k => {
    const tr = document.createElement('tr');
    tr.dataset.counter = k.number;
    const status = cell('', 'status');
    const badge = document.createElement('span');
    badge.className = 'badge ' + k.status.toLowerCase();
    badge.textContent = t(k.status);
    status.append(badge);
    if (idle.has(k.number)) {
      tr.className = 'idle';
      const tag = document.createElement('span');
      tag.className = 'tag warn-tag';
      tag.textContent = '▲ ' + t('idle');
      status.append(' ', tag);
    }
    const c = k.currentTicket;
    tr.append(cell(k.name || t('counter') + ' ' + k.number, 'name'), status, cell(k.clerk || '—'),
      cell(c ? c.number + ' · ' + c.service + ' · ' + t(c.status) : '—', 'current'),
      cell(c ? minutes(c.sinceMinutes) : '—', 'n'), cell(k.servedToday, 'n served'),
      cell(minutes(k.avgServiceMinutes), 'n'));
    return tr;
  }));
}

function printerOf(device) {
  if (device.kind !== 'KIOSK' || !device.details) {
    return null;
  }
  try {
    const p = JSON.parse(device.details).printer;
    return typeof p === 'string' ? p : null;
  } catch (e) {
    return null;
  }
}

function renderDevices(devices) {
  if (devices.length === 0) {
    const tr = document.createElement('tr');
    const td = cell(t('noDevices'), 'empty');
    td.colSpan = 4;
    tr.append(td);
    $('devices').replaceChildren(tr);
    return;
  }
  $('devices').replaceChildren(...devices.map(d => {
    const tr = document.createElement('tr');
    tr.dataset.device = d.code;
    tr.className = d.online ? '' : 'offline';
    const printer = printerOf(d);
    const printerText = printer === null ? '—' : t(printer === 'OFFLINE' ? 'OFFLINE_PRINTER' : printer);
    const printerClass = PRINTER_PROBLEMS.has(printer) ? 'over' : printer === 'PAPER_NEAR_END' ? 'warn' : '';
    tr.append(cell(t(d.kind) + ' ' + d.code + (d.name && d.name !== d.code ? ' – ' + d.name : ''), 'name'),
      cell(printerText, printerClass), cell(d.lastHeartbeatAt ? time(d.lastHeartbeatAt) : t('never')),
      cell((d.online ? '● ' : '■ ') + t(d.online ? 'online' : 'offlineDevice'), d.online ? 'online' : 'over'));
    return tr;
  }));
}

function renderAlerts(alerts) {
  if (alerts.length === 0) {
    const li = document.createElement('li');
    li.className = 'none';
    li.textContent = t('noAlerts');
    $('alerts').replaceChildren(li);
    return;
  }
  $('alerts').replaceChildren(...alerts.map(a => {
    const li = document.createElement('li');
    li.className = 'alert ' + a.severity.toLowerCase();
    li.dataset.kind = a.kind;
    const head = document.createElement('strong');
    const subject = a.service || (a.counter !== null ? t('counter') + ' ' + a.counter : a.device);
    head.textContent = (a.severity === 'CRITICAL' ? '■ ' + t('CRITICAL') : '▲ ' + t('WARN_SEVERITY')) + ' · '
      + t(a.kind) + ' · ' + subject;
    const text = document.createElement('span');
    const english = language() === 'en' && a.messageEn;
    text.textContent = english ? a.messageEn : a.message;
    text.lang = english ? 'en' : 'vi';
    li.append(head, text);
    return li;
  }));
}

/** "09:15:02" from the server's ISO time with the center's offset (the center's own clock). */
function time(iso) {
  return iso ? iso.slice(11, 19) : '—';
}

startShell({ start, stop, render });
