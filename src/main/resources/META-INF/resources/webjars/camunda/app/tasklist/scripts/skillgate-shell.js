// SkillGate shell for Camunda Tasklist, loaded through config.js (customScripts) as an ES module.
// - a "Dashboard" link in the header (a navbar action plugin);
// - marks the page of a process admin (class sg-process-admin on <html>), so that user-styles.css
//   can hide, for everyone else, the controls whose calls the server refuses them (Start process,
//   Create task).

const appRoot = document.querySelector('base').getAttribute('app-root') || '/camunda';
// The webapps live under <context>/camunda, the dashboard under <context>/dashboard/.
const dashboard = appRoot.replace(/\/camunda$/, '') + '/dashboard/';

// Who is logged in, and which webapps they may open: only process admins may open Admin.
// Asked again on every navigation, since logging in and out does not reload the page.
function markProcessAdmin() {
  fetch(appRoot + '/api/admin/auth/user/default', {credentials: 'same-origin', headers: {Accept: 'application/json'}})
    .then((response) => (response.ok ? response.json() : null))
    .then((user) => {
      const apps = (user && user.authorizedApps) || [];
      document.documentElement.classList.toggle('sg-process-admin', apps.indexOf('admin') >= 0);
    })
    .catch(() => document.documentElement.classList.remove('sg-process-admin'));
}
markProcessAdmin();
window.addEventListener('hashchange', markProcessAdmin);

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
