// Talks to the backend with the session cookie: the CSRF token (kept in memory only) goes with every change,
// and a 401 anywhere hands over to the sign-in screen.
let csrfToken = null;
let unauthorized = () => {};

/** A refused or failed request: status 0 when the server could not be reached. */
export class ApiError extends Error {
  constructor(status, title, detail) {
    super(detail || title || ('HTTP ' + status));
    this.status = status;
    this.title = title;
    this.detail = detail;
  }
}

export function setCsrfToken(token) {
  csrfToken = token;
}

export function onUnauthorized(handler) {
  unauthorized = handler;
}

export async function api(method, path, body) {
  // X-Requested-With: the server then leaves out WWW-Authenticate, so the browser never pops up its own login
  const headers = { Accept: 'application/json', 'X-Requested-With': 'motcua-clerk' };
  if (method !== 'GET' && csrfToken) {
    headers['X-CSRF-Token'] = csrfToken;
  }
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  let response;
  try {
    response = await fetch(path, {
      method, headers, credentials: 'same-origin', cache: 'no-store',
      body: body === undefined ? undefined : JSON.stringify(body)
    });
  } catch (e) {
    throw new ApiError(0, null, e.message);
  }
  const text = response.status === 204 ? '' : await response.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch (e) {
    json = null;
  }
  if (!response.ok) {
    const error = new ApiError(response.status, json && json.title, (json && json.detail) || text || response.statusText);
    if (response.status === 401 && path !== '/api/session') {
      unauthorized(error);
    }
    throw error;
  }
  return json;
}
