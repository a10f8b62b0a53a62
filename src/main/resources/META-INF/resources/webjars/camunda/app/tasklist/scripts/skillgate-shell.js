// SkillGate shell for Camunda Tasklist, loaded through config.js (customScripts) as an ES module.
// - a "Dashboard" link in the header (a navbar action plugin);
// - marks the page with the user's role (class sg-process-admin or sg-reviewer on <html>), so that
//   user-styles.css can hide the controls whose calls the server refuses that role (Start process,
//   Create task, resetting someone else's claim; for vendors also the task's dates and groups).

const appRoot = document.querySelector('base').getAttribute('app-root') || '/camunda';
// The webapps live under <context>/camunda, the dashboard under <context>/dashboard/.
const dashboard = appRoot.replace(/\/camunda$/, '') + '/dashboard/';

const page = document.documentElement.classList;
const asJson = {credentials: 'same-origin', headers: {Accept: 'application/json'}};

// Who is logged in: only process admins may open the Admin webapp; reviewers are in "reviewers".
// Asked again on every navigation, since logging in and out does not reload the page.
function markRole() {
  fetch(appRoot + '/api/admin/auth/user/default', asJson)
    .then((response) => (response.ok ? response.json() : {}))
    .then((user) => {
      page.toggle('sg-process-admin', (user.authorizedApps || []).indexOf('admin') >= 0);
      if (!user.userId) {
        page.remove('sg-reviewer');
        return null;
      }
      return fetch(appRoot + '/api/engine/engine/default/identity/groups?userId=' + encodeURIComponent(user.userId), asJson)
        .then((response) => (response.ok ? response.json() : {}))
        .then((memberships) => page.toggle('sg-reviewer',
          (memberships.groups || []).some((group) => group.id === 'reviewers')));
    })
    .catch(() => page.remove('sg-process-admin', 'sg-reviewer'));
}
markRole();
window.addEventListener('hashchange', markRole);

export default {
  id: 'skillgate-dashboard-link',
  pluginPoint: 'tasklist.navbar.action',
  priority: 1000,
  render: (node) => {
    const link = document.createElement('a');
    link.href = dashboard;
    link.className = 'sg-dashboard-link';
    link.title = 'SkillGate dashboard: contracts, progress and whom each is waiting on';
    link.textContent = 'Dashboard';
    node.appendChild(link);
  }
};
