// What every supervisor page shares: the top bar with its links, signing in (the staff pages' session, as in the
// clerk console: /common/session.js), the choice of center, the message bar and the language switch. A page's HTML
// holds its head and a <main> with its own section#screen-page; the shell puts the top bar, the message bar and the
// sign-in form around it. A page hands over start(center) / stop() / render(); the shell calls them as the user
// signs in, changes center or language.
import { api, ApiError } from '/clerk/api.js';
import { clearMessage, message, session, startSession } from '/common/session.js';
import { apply, t, toggleLanguage } from './i18n.js';

export { clearMessage, message } from '/common/session.js';

export const $ = id => document.getElementById(id);

const PAGES = [
  ['live', '/supervisor/', 'navLive'], ['heatmap', '/supervisor/heatmap.html', 'navHeatmap'],
  ['staffing', '/supervisor/staffing.html', 'navStaffing'], ['reports', '/supervisor/reports.html', 'navReports']
];

const shell = { centers: [], center: null, page: null };

// Static markup only (no data from the server goes through it).
const TOP = `
<header class="bar" id="bar">
  <div class="brand" data-i18n="brand"></div>
  <nav class="nav" id="nav"></nav>
  <label class="center-pick" id="center-pick" hidden><span data-i18n="center"></span> <select id="center"></select></label>
  <div class="where" id="where"></div>
  <div class="bar-right">
    <span class="live" id="live" hidden></span>
    <span class="user" id="user"></span>
    <a class="link" id="to-clerk" href="/clerk/" data-i18n="navClerk"></a>
    <button type="button" class="link" id="sign-out" hidden data-i18n="signOut"></button>
    <button type="button" class="link" id="lang"></button>
  </div>
</header>
<div class="message" id="message" role="alert" hidden>
  <strong id="message-title"></strong> <span id="message-detail"></span>
  <button type="button" class="link" id="message-close" aria-label="×">×</button>
</div>`;

const SIGN_IN = `
<section id="screen-signin" class="screen signin-screen" hidden>
  <form id="signin-form" class="card signin" autocomplete="on">
    <h1 data-i18n="signinTitle"></h1>
    <p class="note" id="signin-note"></p>
    <label><span data-i18n="username"></span><input id="username" name="username" autocomplete="username" required></label>
    <label><span data-i18n="password"></span><input id="password" name="password" type="password" autocomplete="current-password" required></label>
    <button type="submit" class="primary" id="signin-submit" data-i18n="signin"></button>
  </form>
</section>`;

/** The center being looked at: its code, name and time zone. */
export function center() {
  return shell.centers.find(c => c.code === shell.center) || null;
}

export function centerPath(suffix) {
  return '/api/centers/' + encodeURIComponent(shell.center) + suffix;
}

/** Shows a refused or failed request: the server's own explanation under a short headline. */
export function refusal(error) {
  if (!(error instanceof ApiError)) {
    message('error', t('failed'), String(error));
    return;
  }
  if (error.status === 401) {
    return; // the sign-in form is on its way
  }
  const title = error.status === 0 ? t('network') : error.status === 400 ? t('refused')
    : error.status === 403 ? t('forbidden') : error.status === 404 ? t('notFound')
    : error.status === 503 ? t('busy') : t('failed');
  message('error', title, error.detail || '');
}

/** GET path: the answer, or null once the reason it failed is on screen. */
export async function read(path) {
  try {
    const data = await api('GET', path);
    clearMessage();
    return data;
  } catch (e) {
    refusal(e);
    return null;
  }
}

export function setLive(on) {
  const el = $('live');
  el.hidden = on === null;
  el.className = 'live ' + (on ? 'on' : 'off');
  el.textContent = on ? t('live') : t('offline');
  el.dataset.on = on ? 'true' : 'false';
}

/** Today in the center's own calendar, as YYYY-MM-DD (the API's dates are center-local). */
export function today() {
  const zone = (center() && center().timeZone) || undefined;
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(new Date());
}

export function addDays(isoDate, days) {
  const d = new Date(isoDate + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A table cell with text (never HTML), an optional class and data attributes. */
export function cell(text, className, data) {
  const td = document.createElement('td');
  td.textContent = text;
  if (className) {
    td.className = className;
  }
  Object.entries(data || {}).forEach(([k, v]) => { td.dataset[k] = v; });
  return td;
}

function show(signedIn) {
  $('screen-signin').hidden = signedIn;
  $('screen-page').hidden = !signedIn;
  $('sign-out').hidden = !signedIn;
  $('user').textContent = signedIn && session.me ? session.me.username : '';
  $('nav').hidden = !signedIn;
}

function signedOut() {
  stopPage();
  show(false);
  $('center-pick').hidden = true;
}

async function signedIn(me) {
  show(true);
  if (me.role !== 'SUPERVISOR' && me.role !== 'ADMIN') {
    message('error', t('notSupervisor'), '');
    $('screen-page').hidden = true;
    return;
  }
  const [mine, all] = await Promise.all([api('GET', '/api/clerk/centers'), api('GET', '/api/centers')]);
  shell.centers = mine.map(c => ({ ...c, timeZone: (all.find(a => a.code === c.code) || {}).timeZone }));
  if (shell.centers.length === 0) {
    message('error', t('noCenters'), '');
    return;
  }
  const asked = new URLSearchParams(location.search).get('center') || localStorage.getItem('motcua.supervisor.center');
  chooseCenter(shell.centers.some(c => c.code === asked) ? asked : shell.centers[0].code);
}

function chooseCenter(code) {
  stopPage();
  shell.center = code;
  localStorage.setItem('motcua.supervisor.center', code);
  const pick = $('center');
  pick.replaceChildren(...shell.centers.map(c => new Option(c.name + ' (' + c.code + ')', c.code, false, c.code === code)));
  $('center-pick').hidden = shell.centers.length < 2;
  $('where').textContent = shell.centers.length < 2 ? center().name : '';
  renderNav();
  shell.page.start(code);
}

function stopPage() {
  if (shell.page && shell.center) {
    shell.page.stop();
  }
}

function renderNav() {
  const query = shell.center ? '?center=' + encodeURIComponent(shell.center) : '';
  $('nav').replaceChildren(...PAGES.map(([name, href, label]) => {
    const a = document.createElement('a');
    a.href = href + query;
    a.textContent = t(label);
    a.dataset.page = name;
    if (name === document.body.dataset.page) {
      a.setAttribute('aria-current', 'page');
    }
    return a;
  }));
}

/** Starts the page: {start(center), stop(), render()}. */
export function startShell(page) {
  shell.page = page;
  document.body.insertAdjacentHTML('afterbegin', TOP);
  document.querySelector('main').insertAdjacentHTML('afterbegin', SIGN_IN);
  apply();
  renderNav();
  $('lang').addEventListener('click', () => {
    toggleLanguage();
    renderNav();
    if (!session.signedOut && shell.center) {
      page.render();
    }
  });
  $('center').addEventListener('change', e => chooseCenter(e.target.value));
  startSession({ signedIn, signedOut, refusal }).catch(refusal);
}
