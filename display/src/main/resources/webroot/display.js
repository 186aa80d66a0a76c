// Hall display page. Renders the JSON the agent sends over server-sent events ("state") and plays
// the announcements it is told to ("announce"), one after another. It never talks to the backend.
(function () {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const page = { config: null, state: null, lastCallKey: null, flashTimer: null, agentUp: false };

  // ---------- clock (center time zone, not the box's) ----------
  function tick() {
    const tz = page.config ? page.config.timeZone : 'Asia/Ho_Chi_Minh';
    const now = new Date();
    $('time').textContent = new Intl.DateTimeFormat('vi-VN', { timeZone: tz, hour: '2-digit', minute: '2-digit',
      second: '2-digit', hour12: false }).format(now);
    const date = new Intl.DateTimeFormat('vi-VN', { timeZone: tz, weekday: 'long', day: '2-digit', month: '2-digit',
      year: 'numeric' }).format(now);
    $('date').textContent = date.charAt(0).toUpperCase() + date.slice(1);
  }

  // ---------- rendering ----------
  function text(el, value) {
    const v = value == null || value === '' ? '\u00a0' : String(value);
    if (el.textContent !== v) { el.textContent = v; }
  }

  function el(tag, cls, content) {
    const e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (content != null) { e.textContent = content; }
    return e;
  }

  function counterLabel(call) {
    return call.counterName || ('Quầy số ' + call.counter);
  }

  function render() {
    const s = page.state;
    if (!s) { return; }
    document.body.classList.toggle('profile-counter', s.profile === 'counter');
    document.body.classList.toggle('profile-hall', s.profile !== 'counter');
    text($('center-name'), s.synced ? s.center.name : 'Đang kết nối…');
    text($('zone-title'), s.title || '');
    $('offline').hidden = page.agentUp && s.connected;
    if (s.profile === 'counter') { renderSingle(s); } else { renderHall(s); }
  }

  function renderHall(s) {
    const calls = s.calls;
    const newest = calls[0];
    text($('now-number'), newest ? newest.number : '—');
    text($('now-counter'), newest ? counterLabel(newest) : '');
    text($('now-service'), newest ? newest.serviceName : '');
    $('now-priority').hidden = !(newest && newest.priority);
    highlight(newest, $('now'));

    const rows = page.config.recentCalls;
    const list = $('recent-list');
    list.style.setProperty('--recent-rows', rows);
    list.style.setProperty('--recent-font', Math.min(4.2, 21 / rows).toFixed(2) + 'vh');
    list.replaceChildren(...calls.slice(1, rows + 1).map((c) => {
      const li = el('li');
      const num = el('span', 'rnum', (c.priority ? '★ ' : '') + c.number);
      if (c.recall) { num.appendChild(el('span', 'recall', 'gọi lại')); }
      li.append(num, el('span', 'rctr', '➜ ' + counterLabel(c)));
      return li;
    }));

    const grid = $('counter-grid');
    const n = Math.max(1, s.counters.length);
    const cols = n <= 4 ? n : n <= 6 ? 3 : n <= 12 ? 4 : n <= 20 ? 5 : 6;
    const gridRows = Math.ceil(n / cols);
    grid.style.setProperty('--cols', cols);
    grid.style.setProperty('--rows', gridRows);
    grid.style.setProperty('--tile-num', Math.min(8, 19 / gridRows).toFixed(2) + 'vh');
    grid.style.setProperty('--tile-name', Math.min(3, 8 / gridRows).toFixed(2) + 'vh');
    grid.replaceChildren(...s.counters.map((c) => {
      const status = c.status === 'OPEN' ? (c.current ? (c.current.status === 'CALLED' ? 'called' : 'serving') : 'idle')
        : c.status.toLowerCase();
      const tile = el('div', 'tile ' + status);
      tile.dataset.counter = c.number;
      const value = c.status === 'PAUSED' ? 'Tạm dừng' : c.status === 'CLOSED' ? 'Đóng' : (c.current ? c.current.number : '—');
      tile.append(el('div', 'tname', c.name), el('div', 'tnum', value));
      if (c.current && c.current.priority && c.status === 'OPEN') { tile.appendChild(el('div', 'prio', '★')); }
      return tile;
    }));

    const svc = $('service-list');
    const svcRows = Math.max(5, s.services.length);
    svc.style.setProperty('--svc-rows', svcRows);
    svc.style.setProperty('--svc-font', Math.min(3.4, 22.5 / svcRows).toFixed(2) + 'vh');
    svc.replaceChildren(...s.services.map((x) => {
      const row = el('div', 'svc' + (x.open ? '' : ' closed')
        + (x.open && x.targetWaitMinutes && x.estimatedWaitMinutes > x.targetWaitMinutes ? ' late' : ''));
      row.dataset.service = x.code;
      const name = el('span', 'sname');
      name.append(el('b', null, x.prefix), document.createTextNode(x.name));
      row.append(name, el('span', 'num waiting', String(x.waiting)),
        el('span', 'num eta', x.open ? (x.waiting > 0 ? '~' + x.estimatedWaitMinutes + ' phút' : '—') : 'Nghỉ'));
      return row;
    }));
  }

  function renderSingle(s) {
    const c = s.counters[0];
    if (!c) { text($('single-counter'), 'Quầy ?'); return; }
    text($('single-counter'), c.name);
    text($('single-number'), c.status === 'OPEN' && c.current ? c.current.number : '—');
    const state = $('single-state');
    state.classList.toggle('off', c.status !== 'OPEN');
    text(state, c.status === 'PAUSED' ? 'Tạm dừng tiếp nhận' : c.status === 'CLOSED' ? 'Quầy đã đóng'
      : (c.current && c.current.priority ? '★ Ưu tiên' : ''));
    const waiting = s.services.reduce((sum, x) => sum + x.waiting, 0);
    text($('single-waiting'), 'Đang chờ: ' + waiting + ' người');
    highlight(s.calls[0], $('single'));
  }

  // The newest call flashes for a few seconds; on a reload only if it is that recent.
  function highlight(call, panel) {
    const key = call ? call.key : null;
    if (key === page.lastCallKey) { return; }
    const first = page.lastCallKey === null;
    page.lastCallKey = key;
    if (!call) { return; }
    const ms = page.config.highlightSeconds * 1000;
    if (first && Date.now() - Date.parse(call.at) > ms) { return; }
    panel.classList.add('flash');
    clearTimeout(page.flashTimer);
    page.flashTimer = setTimeout(() => panel.classList.remove('flash'), ms);
  }

  // ---------- audio: one announcement at a time, and a visible warning if the browser blocks it ----------
  const audio = { queue: [], playing: false, blocked: false, reported: null };

  function reportAudio(blocked) {
    audio.blocked = blocked;
    window.displayAudio.blocked = blocked;
    $('audio-blocked').hidden = !blocked;
    if (audio.reported !== blocked) {
      audio.reported = blocked;
      fetch('page/audio', { method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ blocked: blocked }) }).catch(() => {});
    }
  }

  function playNext() {
    if (audio.playing || audio.queue.length === 0) { return; }
    const item = audio.queue[0];
    const player = new Audio(item.url);
    audio.playing = true;
    const done = () => { audio.playing = false; playNext(); };
    player.onended = () => { audio.queue.shift(); window.displayAudio.played.push(item.id); done(); };
    player.onerror = () => { audio.queue.shift(); done(); };
    player.play().then(() => reportAudio(false)).catch((e) => {
      audio.playing = false;
      if (e && e.name === 'NotAllowedError') {
        reportAudio(true);       // keep the item: it plays after a tap
      } else {
        audio.queue.shift();
        playNext();
      }
    });
  }

  // A 50 ms silent WAV: tells at load time (not at the first call) whether the browser allows autoplay.
  function probeAutoplay() {
    const samples = 800, bytes = 44 + samples * 2, b = new DataView(new ArrayBuffer(bytes));
    const w = (o, s) => { for (let i = 0; i < s.length; i++) { b.setUint8(o + i, s.charCodeAt(i)); } };
    w(0, 'RIFF'); b.setUint32(4, bytes - 8, true); w(8, 'WAVEfmt '); b.setUint32(16, 16, true); b.setUint16(20, 1, true);
    b.setUint16(22, 1, true); b.setUint32(24, 16000, true); b.setUint32(28, 32000, true); b.setUint16(32, 2, true);
    b.setUint16(34, 16, true); w(36, 'data'); b.setUint32(40, samples * 2, true);
    const url = URL.createObjectURL(new Blob([b.buffer], { type: 'audio/wav' }));
    new Audio(url).play().then(() => reportAudio(false))
      .catch((e) => { if (e && e.name === 'NotAllowedError') { reportAudio(true); } });
  }

  window.displayAudio = { blocked: false, played: [], queued: [] };
  document.addEventListener('click', () => { if (audio.blocked) { reportAudio(false); playNext(); probeAutoplay(); } });

  // ---------- feed from the agent ----------
  function connect() {
    const source = new EventSource('events' + window.location.search);
    source.addEventListener('open', () => { page.agentUp = true; render(); });
    source.addEventListener('state', (e) => { page.agentUp = true; page.state = JSON.parse(e.data); render(); });
    source.addEventListener('announce', (e) => {
      const item = JSON.parse(e.data);
      window.displayAudio.queued.push(item.id);
      if (page.config.pageAudio) { audio.queue.push(item); playNext(); }
    });
    // EventSource reconnects by itself; meanwhile keep the last picture and show the mark
    source.addEventListener('error', () => { page.agentUp = false; $('offline').hidden = false; });
  }

  function applyConfig(cfg) {
    page.config = cfg;
    document.body.classList.toggle('no-english', !cfg.english);
    const notice = cfg.notice || '';
    text($('notice'), notice);
    document.querySelector('.notice-track').style.setProperty('--notice-seconds',
      Math.max(15, Math.round(notice.length / 5)) + 's');
  }

  function start() {
    fetch('config.json').then((r) => r.json()).then((cfg) => {
      applyConfig(cfg);
      tick();
      setInterval(tick, 1000);
      if (cfg.pageAudio) { probeAutoplay(); }
      connect();
    }).catch(() => setTimeout(start, 2000));
  }
  start();
}());
