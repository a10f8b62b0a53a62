// SkillGate's sign-in page: logs in to the Camunda webapps (the same session as Tasklist, through
// the same login endpoint and its throttling), then returns to the page the person asked for.
(function () {
  'use strict';

  const LOGIN = '/camunda/api/admin/auth/user/default/login/tasklist';
  const PAGES = { '/dashboard': 'the dashboard', '/dashboard/intake': 'contract intake' };

  // Only a page of this site: never an absolute or protocol-relative address another site could plant.
  function next() {
    const asked = new URLSearchParams(window.location.search).get('next') || '/dashboard';
    const url = new URL(asked, window.location.origin);
    return url.origin === window.location.origin && asked.startsWith('/') && !asked.startsWith('//')
      ? url.pathname + url.search : '/dashboard';
  }

  function start() {
    const target = next();
    document.getElementById('next-name').textContent = PAGES[target.split('?')[0]] || target;
    const form = document.getElementById('login-form');
    const message = document.getElementById('message');
    // Listen before asking anything of the server: a quick person's first click must count.
    form.addEventListener('submit', async function (event) {
      event.preventDefault();
      message.textContent = '';
      const body = new URLSearchParams({ username: form.username.value, password: form.password.value });
      const session = await window.SkillGateSession.info();
      const response = await fetch(LOGIN, {
        method: 'POST', credentials: 'same-origin', body: body,
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-XSRF-TOKEN': session.csrfToken }
      });
      if (response.ok) {
        window.location.replace(target);
      } else if (response.status === 429) {
        message.textContent = 'Too many wrong passwords: wait ' + (response.headers.get('Retry-After') || 'a few')
          + ' seconds, then try again.';
      } else {
        message.textContent = 'Wrong user name or password.';
      }
    });
    // Already signed in (in Tasklist, say): straight on.
    window.SkillGateSession.info().then(function (session) {
      if (session.signedIn) {
        window.location.replace(target);
      }
    });
  }

  document.addEventListener('DOMContentLoaded', start);
}());
