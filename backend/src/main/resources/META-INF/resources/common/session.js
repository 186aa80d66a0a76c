// Signing in and out of the staff pages (clerk console, supervisor pages) with the session cookie, and the message
// bar they share. The page holds the markup: the sign-in form (signin-form, username, password, signin-submit,
// signin-note), the sign-out button (sign-out) and the message bar (message, message-title, message-detail,
// message-close). This module keeps the CSRF token, brings the sign-in form back after a 401 anywhere and tells the
// page when someone is signed in or out; the texts wrongLogin and expired come from the page's own table.
import { api, ApiError, onUnauthorized, setCsrfToken } from '/clerk/api.js';
import { t } from './i18n.js';

const $ = id => document.getElementById(id);

/** Who is signed in ({username, role}; null until someone is) and whether the page is signed out. Read only. */
export const session = { me: null, signedOut: true };

let page = null;
let messageTimer = null;

/** Whether the person signed in has one of these roles (CLERK, SUPERVISOR, ADMIN). */
export function hasRole(...roles) {
  return !!session.me && roles.includes(session.me.role);
}

/** Shows a message bar of kind 'error' or 'info'; an info message goes away by itself after 6 s. */
export function message(kind, title, detail) {
  clearTimeout(messageTimer);
  const box = $('message');
  box.className = 'message ' + kind;
  $('message-title').textContent = title || '';
  $('message-detail').textContent = detail || '';
  box.hidden = false;
  if (kind === 'info') {
    messageTimer = setTimeout(() => { box.hidden = true; }, 6000);
  }
}

export function clearMessage() {
  clearTimeout(messageTimer);
  $('message').hidden = true;
}

function showSignIn(note) {
  session.signedOut = true;
  page.signedOut();
  $('signin-note').textContent = note || '';
  $('password').value = '';
  ($('username').value ? $('password') : $('username')).focus();
}

async function signIn(event) {
  event.preventDefault();
  $('signin-submit').disabled = true;
  try {
    await signedIn(await api('POST', '/api/session', { username: $('username').value.trim(), password: $('password').value }));
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      message('error', t('wrongLogin'), '');
    } else {
      page.refusal(e);
    }
  } finally {
    $('signin-submit').disabled = false;
  }
}

async function signedIn(me) {
  session.me = { username: me.username, role: me.role };
  setCsrfToken(me.csrfToken);
  session.signedOut = false;
  clearMessage();
  await page.signedIn(session.me);
}

async function signOut() {
  try {
    await api('DELETE', '/api/session');
  } catch (e) {
    // signed out either way
  }
  setCsrfToken(null);
  if (page.signingOut) {
    page.signingOut();
  }
  showSignIn('');
}

/**
 * Wires the sign-in form, the sign-out button and the message bar's close button, then asks the server whether this
 * browser is signed in already. The page hands over:
 * signedIn(me) what to show once someone is signed in (may be async; what it throws is shown by refusal),
 * signedOut() how to put the page away when the sign-in form comes (signed out, or the session expired),
 * signingOut() optional, what to stop when the person signs out on purpose,
 * refusal(error) how to show a refused or failed request.
 * Answers the first signedIn's promise (rejected with what it threw).
 */
export function startSession(hooks) {
  page = hooks;
  $('signin-form').addEventListener('submit', signIn);
  $('sign-out').addEventListener('click', signOut);
  $('message-close').addEventListener('click', clearMessage);
  onUnauthorized(() => {
    if (!session.signedOut) {
      showSignIn(t('expired'));
    }
  });
  return api('GET', '/api/session').then(signedIn, e => {
    if (!(e instanceof ApiError && e.status === 401)) {
      page.refusal(e);
    }
    showSignIn('');
  });
}
