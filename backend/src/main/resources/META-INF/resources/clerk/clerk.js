// The clerk console: sign in, choose a counter, then call / recall / start / finish / no-show / transfer /
// pause with one click or one key. Every ticket state lives on the server; the page only shows it, refreshes it
// when the event stream says something changed for this counter, and shows the server's word on any refusal.
import { api, ApiError } from './api.js';
import { EventStream } from './events.js';
import { apply, language, priorityName, t, toggleLanguage } from './i18n.js';
import { clearMessage, hasRole, message, session, startSession } from '/common/session.js';

const $ = id => document.getElementById(id);
const KEYS = { n: 'next', ' ': 'next', r: 'recall', s: 'start', f: 'finish', v: 'noShow', t: 'transfer', p: 'pause', g: 'callSpecific' };

// who is signed in, and whether anyone is: session.me, session.signedOut (/common/session.js)
const state = {
  centers: [],
  center: null,        // code
  counter: null,       // number
  data: null,          // the console read model
  receivedAt: 0,       // performance.now() when data arrived
  serverOffset: 0,     // server clock minus this PC's clock, ms
  busy: false,
  stream: null,
  refreshing: null,
  refreshAgain: false,
  debounce: null,
  services: [],        // all services of the center, for transfer
  transferChoices: [],
  transferIndex: 0,
  screen: null
};

// ---------- screens and messages ----------

function show(screen) {
  state.screen = screen;
  for (const s of ['signin', 'choose', 'console']) {
    $('screen-' + s).hidden = s !== screen;
  }
  const inside = screen !== 'signin';
  $('sign-out').hidden = !inside;
  $('change-counter').hidden = screen !== 'console';
  $('close-counter').hidden = screen !== 'console';
  $('user').textContent = inside && session.me ? session.me.username : '';
  // supervisors and admins also watch the whole center: the supervisor pages, at the center being worked at
  $('to-supervisor').hidden = !inside || !hasRole('SUPERVISOR', 'ADMIN');
  $('to-supervisor').href = '/supervisor/' + (state.center ? '?center=' + encodeURIComponent(state.center) : '');
  if (screen !== 'console') {
    $('where').textContent = '';
  }
}

function refusal(error) {
  if (!(error instanceof ApiError)) {
    message('error', t('failed'), String(error));
    return;
  }
  const title = error.status === 0 ? t('network') : error.status === 409 ? t('refused')
    : error.status === 403 ? t('forbidden') : error.status === 404 ? t('notFound')
    : error.status === 503 ? t('busy') : t('failed');
  message('error', title, error.detail || '');
}

// ---------- signed in (the form and the session: /common/session.js) ----------

async function signedIn() {
  state.centers = await api('GET', '/api/clerk/centers');
  if (state.centers.length === 0) {
    show('choose');
    $('counters').textContent = t('noCenters');
    return;
  }
  // back to the counter this person was at (after a reload or an expired session), if it is still theirs
  const remembered = JSON.parse(localStorage.getItem(rememberKey()) || 'null');
  const center = remembered && state.centers.some(c => c.code === remembered.center) ? remembered.center : state.centers[0].code;
  const counters = await api('GET', '/api/centers/' + encodeURIComponent(center) + '/counters');
  const held = counters.find(k => k.status !== 'CLOSED' && k.clerk === session.me.username);
  const last = remembered && remembered.center === center && counters.find(k => k.number === remembered.number);
  if (held) {
    return enterConsole(center, held.number);
  }
  if (last && last.status !== 'CLOSED' && !isClerk()) {
    return enterConsole(center, last.number);
  }
  return showChooser(center, counters);
}

function signedOut() {
  closeDialogs();
  show('signin');
}

function rememberKey() {
  return 'motcua.clerk.' + (session.me ? session.me.username : '');
}

function isClerk() {
  return hasRole('CLERK');
}

// ---------- choose the counter ----------

async function showChooser(center, counters) {
  state.center = center;
  show('choose');
  const pick = $('center');
  pick.replaceChildren(...state.centers.map(c => new Option(c.name + ' (' + c.code + ')', c.code, false, c.code === center)));
  $('center-pick').hidden = state.centers.length < 2;
  if (!counters) {
    try {
      counters = await api('GET', '/api/centers/' + encodeURIComponent(center) + '/counters');
    } catch (e) {
      refusal(e);
      return;
    }
  }
  const list = $('counters');
  list.replaceChildren();
  if (counters.length === 0) {
    list.textContent = t('noCounters');
  }
  for (const k of counters) {
    const mine = k.clerk === session.me.username && k.status !== 'CLOSED';
    const taken = k.status !== 'CLOSED' && k.clerk && !mine;
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'counter-choice' + (mine ? ' mine' : '');
    b.dataset.counter = k.number;
    b.disabled = isClerk() && taken;
    const title = document.createElement('strong');
    title.textContent = k.name || t('counter', k.number);
    const services = document.createElement('span');
    services.textContent = k.services.join(', ');
    const status = document.createElement('em');
    const what = [t(k.status)];
    if (mine) {
      what.push(t('mine'));
    } else {
      if (taken) {
        what.push(t('heldBy', k.clerk));
      }
      if (!isClerk() && k.status !== 'CLOSED') {
        what.push(t('viewOnly')); // supervisors help at any counter without taking it over
      } else if (!taken) {
        what.push(t('free'));
      }
    }
    status.textContent = what.join(' · ');
    b.append(title, services, status);
    b.addEventListener('click', () => chooseCounter(center, k));
    list.append(b);
  }
}

async function chooseCounter(center, k) {
  try {
    const mine = k.clerk === session.me.username && k.status !== 'CLOSED';
    if (!mine && (k.status === 'CLOSED' || isClerk())) {
      await api('POST', counterPath(center, k.number) + '/open');
    }
    await enterConsole(center, k.number);
  } catch (e) {
    refusal(e);
    showChooser(center);
  }
}

// ---------- the console ----------

function counterPath(center, number) {
  return '/api/centers/' + encodeURIComponent(center) + '/counters/' + number;
}

async function enterConsole(center, number) {
  if (state.center !== center || !state.stream) {
    stopStream();
    state.stream = new EventStream(center, onFrame, live);
    api('GET', '/api/centers/' + encodeURIComponent(center) + '/services')
      .then(s => { state.services = s; }, () => {});
  }
  state.center = center;
  state.counter = number;
  localStorage.setItem(rememberKey(), JSON.stringify({ center, number }));
  state.data = null;
  show('console');
  $('act-call').hidden = isClerk();
  render();
  await refresh();
}

function stopStream() {
  if (state.stream) {
    state.stream.stop();
    state.stream = null;
  }
  $('live').hidden = true;
}

/** Reads the console again; calls that come while one is running are folded into one more. */
async function refresh() {
  if (session.signedOut || state.screen !== 'console') {
    return;
  }
  if (state.refreshing) {
    state.refreshAgain = true;
    return state.refreshing;
  }
  state.refreshing = (async () => {
    do {
      state.refreshAgain = false;
      try {
        const data = await api('GET', counterPath(state.center, state.counter) + '/console');
        state.data = data;
        state.receivedAt = performance.now();
        state.serverOffset = Date.parse(data.now) - Date.now();
        if (isClerk() && data.counter.clerk !== session.me.username) {
          // closed or taken over elsewhere (e.g. by a supervisor): this person is no longer at this counter
          message('error', t('refused'), t('counter', data.counter.number) + ': ' + t(data.counter.status)
            + (data.counter.clerk ? ' · ' + t('heldBy', data.counter.clerk) : ''));
          state.refreshing = null;
          showChooser(state.center);
          return;
        }
      } catch (e) {
        if (!(e instanceof ApiError && e.status === 401)) {
          refusal(e);
        }
      }
    } while (state.refreshAgain && !session.signedOut);
    render();
  })();
  try {
    await state.refreshing;
  } finally {
    state.refreshing = null;
  }
}

function refreshSoon() {
  clearTimeout(state.debounce);
  state.debounce = setTimeout(refresh, 250);
}

function onFrame(frame) {
  if (state.screen !== 'console' || !state.data) {
    return;
  }
  const mine = new Set(state.data.counter.services);
  const n = state.counter;
  const ticket = frame.ticket || {};
  const relevant = frame.type === 'snapshot'
    || (frame.counter && frame.counter.number === n)
    || ticket.counter === n
    || mine.has(ticket.service)
    || mine.has(frame.fromService)
    || (frame.services || []).some(s => mine.has(s.code));
  if (relevant) {
    refreshSoon();
  }
}

function live(on) {
  const el = $('live');
  el.hidden = false;
  el.className = 'live ' + (on ? 'on' : 'off');
  el.textContent = on ? t('live') : t('offline');
  if (on) {
    refreshSoon();
  }
}

function render() {
  const d = state.data;
  const actions = { next: false, recall: false, start: false, finish: false, finishNext: false, noShow: false,
    transfer: false, pause: false, callSpecific: false };
  if (d) {
    const status = d.counter.status;
    $('where').textContent = d.center.name + ' · ' + (d.counter.name || t('counter', d.counter.number));
    const badge = document.createElement('span');
    badge.className = 'badge ' + status.toLowerCase();
    badge.id = 'counter-status';
    badge.dataset.status = status;
    badge.textContent = t(status);
    $('where').append(' ', badge);
    renderTicket(d.currentTicket);
    renderQueue(d.services);
    $('s-served').textContent = d.today.served;
    $('s-average').textContent = d.today.averageServiceSeconds == null ? '—' : clock(d.today.averageServiceSeconds);
    $('s-noshow').textContent = d.today.noShows;
    const cur = d.currentTicket;
    const open = status === 'OPEN';
    actions.next = open && !cur;
    actions.recall = !!cur && cur.status === 'CALLED';
    actions.start = !!cur && cur.status === 'CALLED';
    actions.noShow = !!cur && cur.status === 'CALLED';
    actions.finish = !!cur && cur.status === 'SERVING';
    actions.finishNext = open && !!cur && cur.status === 'SERVING';
    actions.transfer = !!cur;
    actions.pause = status !== 'CLOSED';
    actions.callSpecific = !isClerk() && open && !cur;
    $('pause-label').textContent = status === 'PAUSED' ? t('resume') : t('pause');
    $('close-counter').disabled = !!cur;
    $('ticket').classList.toggle('paused', status === 'PAUSED');
  }
  for (const b of document.querySelectorAll('#actions .act')) {
    b.disabled = state.busy || !actions[b.dataset.action];
  }
  document.body.dataset.busy = String(state.busy); // an action is on its way: keys wait (and so do tests)
  tick();
}

function renderTicket(cur) {
  $('ticket').dataset.status = cur ? cur.status : 'NONE';
  $('t-number').textContent = cur ? cur.number : '—';
  $('t-service').textContent = cur ? cur.serviceName : '';
  $('t-state').textContent = cur ? t(cur.status) : (state.data && state.data.counter.status === 'PAUSED' ? t('pausedNote') : '');
  $('t-state').hidden = !$('t-state').textContent;
  const priority = cur && cur.priority !== 'NONE';
  $('t-priority').hidden = !priority;
  $('t-priority').textContent = priority ? priorityName(cur.priority, cur.priorityName) : '';
  $('t-recalls').hidden = !cur || cur.recalls === 0;
  $('t-recalls').textContent = cur ? t('recalls', cur.recalls) : '';
  $('t-waited').textContent = cur ? t('minutes', Math.floor(cur.waitedSeconds / 60)) : '—';
  $('t-step-label').textContent = cur ? t(cur.status === 'SERVING' ? 'stepServing' : 'stepCalled') : t('stepTime');
  $('t-empty').hidden = !!cur;
  document.querySelector('.ticket-times').hidden = !cur;
}

function renderQueue(services) {
  const body = $('queue');
  body.replaceChildren(...services.map(s => {
    const row = document.createElement('tr');
    row.dataset.service = s.code;
    const name = document.createElement('td');
    name.textContent = s.name;
    const waiting = document.createElement('td');
    waiting.className = 'waiting';
    waiting.textContent = s.waiting;
    const longest = document.createElement('td');
    longest.className = 'longest';
    row.append(name, waiting, longest);
    return row;
  }));
}

/** Every second: the clock, the step timer and the longest waits (they grow between two refreshes). */
function tick() {
  const now = new Date(Date.now() + state.serverOffset);
  const d = state.data;
  $('clock').textContent = now.toLocaleTimeString(language() === 'vi' ? 'vi-VN' : 'en-GB',
    { hour: '2-digit', minute: '2-digit', timeZone: d ? d.center.timeZone : undefined }); // the center's time
  if (!d || state.screen !== 'console') {
    return;
  }
  const since = (performance.now() - state.receivedAt) / 1000;
  const cur = d.currentTicket;
  if (cur && cur.stepStartedAt) {
    $('t-step').textContent = clock(Math.max(0, (now.getTime() - Date.parse(cur.stepStartedAt)) / 1000));
  }
  for (const s of d.services) {
    const row = document.querySelector('#queue tr[data-service="' + CSS.escape(s.code) + '"]');
    if (!row) {
      continue;
    }
    const seconds = s.waiting > 0 ? s.longestWaitSeconds + since : 0;
    const target = s.targetWaitMinutes * 60;
    const level = target > 0 && seconds >= target ? 'over' : target > 0 && seconds >= 0.8 * target ? 'warning' : 'ok';
    row.className = 'level-' + level;
    row.dataset.level = level.toUpperCase();
    row.querySelector('.longest').textContent = Math.floor(seconds / 60) + ' / ' + t('minutes', s.targetWaitMinutes);
  }
}

function clock(seconds) {
  const s = Math.floor(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const mm = (h > 0 && m < 10 ? '0' : '') + m;
  return (h > 0 ? h + ':' : '') + mm + ':' + String(s % 60).padStart(2, '0');
}

// ---------- actions ----------

async function act(name) {
  const button = document.querySelector('#actions .act[data-action="' + name + '"]');
  if (!button || button.hidden || state.screen !== 'console') {
    return;
  }
  if (state.busy) {
    return;
  }
  if (button.disabled) {
    message('info', t('unavailable'), '');
    return;
  }
  if (name === 'transfer') {
    return openTransfer();
  }
  if (name === 'callSpecific') {
    return openCall();
  }
  const cur = state.data && state.data.currentTicket;
  const path = counterPath(state.center, state.counter);
  await run(async () => {
    switch (name) {
      case 'next': {
        const called = await api('POST', path + '/next');
        message('info', called ? t('called', called.number) : t('nobody'), '');
        break;
      }
      case 'finishNext': {
        const r = await api('POST', path + '/finish-and-next', { ticket: cur.id });
        message('info', r.called ? t('called', r.called.number) : t('finishedNobody', r.finished.number), '');
        break;
      }
      case 'pause':
        await api('POST', path + (state.data.counter.status === 'PAUSED' ? '/open' : '/pause'));
        clearMessage();
        break;
      default: {
        const verb = { recall: 'recall', start: 'start', finish: 'finish', noShow: 'no-show' }[name];
        await api('POST', '/api/tickets/' + encodeURIComponent(cur.id) + '/' + verb);
        clearMessage();
      }
    }
  });
}

/** One action at a time; whatever the outcome, the console is read again so the screen shows the truth. */
async function run(action) {
  state.busy = true;
  render();
  try {
    await action();
  } catch (e) {
    if (!(e instanceof ApiError && e.status === 401)) {
      refusal(e);
    }
  } finally {
    state.busy = false;
    await refresh();
    render();
  }
}

// ---------- transfer ----------

function fold(text) {
  return (text || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

async function openTransfer() {
  if (state.services.length === 0) {
    try {
      state.services = await api('GET', '/api/centers/' + encodeURIComponent(state.center) + '/services');
    } catch (e) {
      refusal(e);
      return;
    }
  }
  $('transfer-search').value = '';
  $('transfer-title').textContent = t('transferTitle') + ' — ' + state.data.currentTicket.number;
  filterTransfer();
  $('transfer-dialog').showModal();
  $('transfer-search').focus();
}

function filterTransfer() {
  const cur = state.data && state.data.currentTicket;
  const q = fold($('transfer-search').value.trim());
  state.transferChoices = state.services.filter(s => (!cur || s.code !== cur.service)
    && (!q || fold(s.name).includes(q) || fold(s.code).includes(q)));
  state.transferIndex = 0;
  drawTransfer();
}

function drawTransfer() {
  const list = $('transfer-list');
  if (state.transferChoices.length === 0) {
    const li = document.createElement('li');
    li.className = 'none';
    li.textContent = t('noMatch');
    list.replaceChildren(li);
    return;
  }
  list.replaceChildren(...state.transferChoices.map((s, i) => {
    const li = document.createElement('li');
    li.role = 'option';
    li.dataset.service = s.code;
    li.className = i === state.transferIndex ? 'selected' : '';
    li.setAttribute('aria-selected', String(i === state.transferIndex));
    li.textContent = s.name + ' (' + s.code + ') · ' + t('waiting') + ': ' + s.waiting;
    li.addEventListener('click', () => transferTo(s));
    return li;
  }));
  const selected = list.querySelector('.selected');
  if (selected) {
    selected.scrollIntoView({ block: 'nearest' });
  }
}

function transferKeys(e) {
  if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
    e.preventDefault();
    const n = state.transferChoices.length;
    if (n > 0) {
      state.transferIndex = (state.transferIndex + (e.key === 'ArrowDown' ? 1 : n - 1)) % n;
      drawTransfer();
    }
  } else if (e.key === 'Enter') {
    e.preventDefault();
    const s = state.transferChoices[state.transferIndex];
    if (s) {
      transferTo(s);
    }
  }
}

async function transferTo(service) {
  $('transfer-dialog').close();
  const cur = state.data.currentTicket;
  await run(async () => {
    await api('POST', '/api/tickets/' + encodeURIComponent(cur.id) + '/transfer', { service: service.code });
    message('info', t('transferred', cur.number, service.name), '');
  });
}

// ---------- call a specific number (supervisor, audited) ----------

function openCall() {
  $('call-number').value = '';
  $('call-dialog').showModal();
  $('call-number').focus();
}

async function callSpecific(event) {
  event.preventDefault();
  const number = $('call-number').value.trim().toUpperCase();
  $('call-dialog').close();
  if (!number) {
    return;
  }
  await run(async () => {
    const waiting = await api('GET', '/api/centers/' + encodeURIComponent(state.center) + '/tickets?status=WAITING');
    const ticket = waiting.find(w => w.number.toUpperCase() === number);
    if (!ticket) {
      message('error', t('notWaiting', number), '');
      return;
    }
    const called = await api('POST', counterPath(state.center, state.counter) + '/call/' + encodeURIComponent(ticket.id));
    message('info', t('called', called.number), '');
  });
}

function closeDialogs() {
  document.querySelectorAll('dialog[open]').forEach(d => d.close());
}

// ---------- keys ----------

function onKey(e) {
  if (state.screen !== 'console' || e.ctrlKey || e.altKey || e.metaKey) {
    return;
  }
  const target = e.target;
  if (target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) {
    return; // typing, not a shortcut
  }
  if (document.querySelector('dialog[open]')) {
    return;
  }
  let action;
  if (e.key === 'Enter') {
    action = 'finishNext';
  } else {
    action = KEYS[e.key.length === 1 ? e.key.toLowerCase() : ''];
    if (action === 'finish' && e.shiftKey) {
      action = 'finishNext';
    }
  }
  if (!action) {
    return;
  }
  e.preventDefault(); // also keeps Space/Enter from clicking a focused button a second time
  if (!e.repeat) {
    act(action);
  }
}

// ---------- start ----------

function init() {
  apply();
  $('lang').addEventListener('click', () => {
    toggleLanguage();
    render();
    if (state.screen === 'choose') {
      showChooser(state.center);
    }
  });
  $('change-counter').addEventListener('click', () => showChooser(state.center));
  $('close-counter').addEventListener('click', () => run(async () => {
    await api('POST', counterPath(state.center, state.counter) + '/close');
    localStorage.removeItem(rememberKey());
    await showChooser(state.center);
  }));
  $('center').addEventListener('change', e => showChooser(e.target.value));
  for (const b of document.querySelectorAll('#actions .act')) {
    b.addEventListener('click', () => {
      b.blur();
      act(b.dataset.action);
    });
  }
  $('transfer-search').addEventListener('input', filterTransfer);
  $('transfer-search').addEventListener('keydown', transferKeys);
  $('transfer-cancel').addEventListener('click', () => $('transfer-dialog').close());
  $('call-form').addEventListener('submit', callSpecific);
  $('call-cancel').addEventListener('click', () => $('call-dialog').close());
  document.addEventListener('keydown', onKey);
  setInterval(tick, 1000);
  setInterval(() => refresh(), 60000); // safety net besides the event stream
  startSession({ signedIn, signedOut, signingOut: stopStream, refusal });
}

init();
