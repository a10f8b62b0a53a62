// The signed-in user and the session's CSRF token, for SkillGate's own pages. Camunda gives a session
// its token with the first read of the webapps' API (header X-XSRF-TOKEN, once); /api/session tells
// it again later. Writes of these pages carry it, as Tasklist's do.
window.SkillGateSession = (function () {
  'use strict';

  async function info() {
    const camunda = await fetch('/camunda/api/admin/auth/user/default',
      { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    const fresh = camunda.headers.get('X-XSRF-TOKEN');
    const response = await fetch('/api/session', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    const session = response.ok ? await response.json() : {};
    return {
      signedIn: camunda.ok && !!session.userId,
      userId: session.userId || null,
      groups: session.groups || [],
      csrfToken: fresh || session.csrfToken || ''
    };
  }

  return { info: info };
}());
