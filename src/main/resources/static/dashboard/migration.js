// SkillGate migration page for process admins: the versions of a process with their running
// instances, a plan of where the instances of an older version continue (steps kept under their
// id, proposals for renamed ones to confirm, a choice for removed ones), a dry run and a real run
// with the result per instance, and moving one stuck instance to a chosen step with a reason.
// Calls /api/admin/*; values go into the page through textContent only.
(function () {
  'use strict';

  const select = document.getElementById('process-select');
  const message = document.getElementById('message');
  let processes = [];
  let plan = null;

  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) {
      node.textContent = String(text);
    }
    if (className) {
      node.className = className;
    }
    return node;
  }

  function row(cells) {
    const tr = document.createElement('tr');
    cells.forEach(function (c) {
      if (c instanceof Node) {
        const td = document.createElement('td');
        td.appendChild(c);
        tr.appendChild(td);
      } else {
        tr.appendChild(el('td', c));
      }
    });
    return tr;
  }

  function fill(id, rows) {
    const body = document.getElementById(id);
    body.replaceChildren.apply(body, rows);
  }

  function say(text) {
    message.textContent = text;
  }

  function option(value, text, selected) {
    const o = el('option', text);
    o.value = value;
    o.selected = !!selected;
    return o;
  }

  function stepLabel(a) {
    return a.name ? a.name + ' (' + a.id + ')' : a.id;
  }

  function hasCredentials() {
    return !!(document.getElementById('admin-user').value && document.getElementById('admin-password').value);
  }

  // Reads ride on the Tasklist session unless a user and password are given; writes need them (HTTP Basic).
  function headers(write) {
    const h = { Accept: 'application/json' };
    const user = document.getElementById('admin-user').value;
    const password = document.getElementById('admin-password').value;
    if (user && password) {
      h.Authorization = 'Basic ' + btoa(unescape(encodeURIComponent(user + ':' + password)));
    } else if (write) {
      throw new Error('Enter your user and password above: migrating and moving change running work.');
    }
    if (write) {
      h['Content-Type'] = 'application/json';
    }
    return h;
  }

  async function call(method, url, body) {
    const write = method !== 'GET';
    const response = await fetch(url, {
      method: method,
      credentials: 'same-origin',
      headers: headers(write),
      body: body === undefined ? undefined : JSON.stringify(body)
    });
    if (response.status === 401) {
      throw new Error(write || hasCredentials() ? 'The user or password is wrong.'
        : 'Log in to Tasklist first, or enter your user and password above and press Load.');
    }
    if (response.status === 403) {
      throw new Error('Only process admins (group camunda-admin) may migrate or move instances (HTTP 403).');
    }
    const json = await response.json().catch(function () { return {}; });
    if (!response.ok) {
      const fields = (json.fieldErrors || []).map(function (f) { return f.field + ' ' + f.message; }).join('; ');
      throw new Error((json.message || 'The server answered ' + response.status) + (fields ? ': ' + fields : ''));
    }
    return json;
  }

  function running(p) {
    return p.versions.reduce(function (sum, v) { return sum + v.runningInstances; }, 0);
  }

  let listening = false;

  async function start() {
    say('');
    try {
      processes = await call('GET', '/api/admin/processes');
    } catch (e) {
      say(e.message);
      return;
    }
    const wanted = new URLSearchParams(location.search).get('process');
    select.replaceChildren.apply(select, processes.map(function (p) {
      return option(p.key, p.key + ' (' + running(p) + ' running)', p.key === wanted);
    }));
    if (!listening) {
      listening = true;
      select.addEventListener('change', showProcess);
      document.getElementById('dry-run').addEventListener('click', function () { migrate(true); });
      document.getElementById('migrate').addEventListener('click', function () { migrate(false); });
      document.getElementById('move').addEventListener('click', move);
    }
    showProcess();
  }

  document.getElementById('load').addEventListener('click', start);

  async function showProcess() {
    say('');
    document.getElementById('plan-section').hidden = true;
    document.getElementById('instances-section').hidden = true;
    const key = select.value;
    let versions;
    try {
      versions = await call('GET', '/api/admin/processes/' + encodeURIComponent(key) + '/versions');
    } catch (e) {
      say(e.message);
      return;
    }
    document.getElementById('process-title').textContent = key;
    fill('version-rows', versions.map(function (v) {
      const actions = el('span');
      if (v.runningInstances > 0) {
        const show = el('button', 'Instances');
        show.type = 'button';
        show.dataset.testid = 'instances-v' + v.version;
        show.addEventListener('click', function () { showInstances(key, v); });
        actions.appendChild(show);
      }
      if (!v.latest && v.runningInstances > 0) {
        const planButton = el('button', 'Plan migration to latest');
        planButton.type = 'button';
        planButton.dataset.testid = 'plan-v' + v.version;
        planButton.addEventListener('click', function () { showPlan(key, v); });
        actions.appendChild(planButton);
      }
      return row(['v' + v.version + (v.latest ? ' (latest)' : ''), v.processDefinitionId, v.runningInstances, actions]);
    }));
    document.getElementById('versions-section').hidden = false;
  }

  async function showPlan(key, version) {
    say('');
    try {
      plan = await call('GET', '/api/admin/processes/' + encodeURIComponent(key) + '/migration-proposal?source='
        + encodeURIComponent(version.processDefinitionId));
    } catch (e) {
      say(e.message);
      return;
    }
    document.getElementById('plan-title').textContent = 'Migrate v' + plan.sourceVersion + ' to v' + plan.targetVersion;
    fill('plan-rows', plan.steps.map(function (s) {
      const target = el('select');
      target.dataset.testid = 'target-' + s.activityId;
      target.appendChild(option('', '— stays on its version —', !s.targetActivityId));
      plan.targetActivities.forEach(function (a) {
        target.appendChild(option(a.id, stepLabel(a), a.id === s.targetActivityId));
      });
      target.disabled = s.mapping === 'SAME_ID';
      const mapping = el('span');
      if (s.mapping === 'SAME_ID') {
        mapping.appendChild(el('span', 'same id', 'same-id'));
      } else {
        const confirm = el('input');
        confirm.type = 'checkbox';
        confirm.dataset.testid = 'confirm-' + s.activityId;
        confirm.id = 'confirm-' + s.activityId;
        const label = el('label', s.mapping === 'PROPOSED' ? 'proposed: confirm' : 'removed: choose a step and confirm',
          s.mapping === 'PROPOSED' ? 'proposed' : 'removed');
        label.htmlFor = confirm.id;
        mapping.appendChild(confirm);
        mapping.appendChild(label);
        s.confirm = confirm;
      }
      s.select = target;
      return row([stepLabel({ id: s.activityId, name: s.name }), s.waitingInstances, target, mapping]);
    }));
    fill('result-rows', []);
    document.getElementById('result-summary').textContent = '';
    document.getElementById('plan-section').hidden = false;
  }

  function mappings() {
    return plan.steps.filter(function (s) {
      return s.mapping !== 'SAME_ID' && s.confirm && s.confirm.checked && s.select.value;
    }).map(function (s) {
      return { from: s.activityId, to: s.select.value };
    });
  }

  async function migrate(dryRun) {
    say('');
    let report;
    try {
      report = await call('POST', '/api/admin/processes/' + encodeURIComponent(plan.processKey) + '/migrations?dryRun='
        + dryRun, { sourceDefinitionId: plan.sourceDefinitionId, targetDefinitionId: plan.targetDefinitionId,
        mappings: mappings() });
    } catch (e) {
      say(e.message);
      return;
    }
    const results = [];
    report.sourceVersions.forEach(function (v) { results.push.apply(results, v.results); });
    document.getElementById('result-summary').textContent = (report.dryRun ? 'Dry run, nothing moved: ' : 'Migrated: ')
      + report.migrated + ' instance(s) ' + (report.dryRun ? 'would move' : 'moved') + ' to v' + report.targetVersion
      + ', ' + report.failed + ' stay on their version.';
    fill('result-rows', results.map(function (r) {
      return row([r.contractId, r.subject, r.waitingAt.join(', '), el('span', r.result.replace('_', ' ').toLowerCase(), r.result),
        r.reasons.join('; ')]);
    }));
    if (!report.dryRun) {
      await showProcess();
      document.getElementById('plan-section').hidden = false;
    }
  }

  async function showInstances(key, version) {
    say('');
    let instances;
    try {
      instances = await call('GET', '/api/admin/processes/' + encodeURIComponent(key) + '/instances?version='
        + encodeURIComponent(version.processDefinitionId));
    } catch (e) {
      say(e.message);
      return;
    }
    document.getElementById('instances-title').textContent = 'Running instances of v' + version.version;
    const moveInstance = document.getElementById('move-instance');
    fill('instance-rows', instances.map(function (i) {
      const pick = el('button', 'Move…');
      pick.type = 'button';
      pick.addEventListener('click', function () { moveInstance.value = i.processInstanceId; });
      return row([i.contractId, i.subject, i.waitingAt.join(', '), pick]);
    }));
    moveInstance.replaceChildren.apply(moveInstance, instances.map(function (i) {
      return option(i.processInstanceId, i.contractId + ' – ' + i.subject + ' – at ' + i.waitingAt.join(', '));
    }));
    // The steps of the instances' own version: a move stays within the version.
    const proposal = await call('GET', '/api/admin/processes/' + encodeURIComponent(key) + '/migration-proposal?source='
      + encodeURIComponent(version.processDefinitionId) + '&target=' + encodeURIComponent(version.processDefinitionId));
    const moveStep = document.getElementById('move-step');
    moveStep.replaceChildren.apply(moveStep, proposal.targetActivities.map(function (a) {
      return option(a.id, stepLabel(a));
    }));
    document.getElementById('instances-section').hidden = false;
  }

  async function move() {
    say('');
    const instance = document.getElementById('move-instance').value;
    let result;
    try {
      result = await call('POST', '/api/admin/instances/' + encodeURIComponent(instance) + '/moves', {
        activityId: document.getElementById('move-step').value,
        reason: document.getElementById('move-reason').value
      });
    } catch (e) {
      say(e.message);
      return;
    }
    say('Moved ' + result.contractId + ' (' + result.subject + ') from ' + result.movedFrom.join(', ') + ' to '
      + result.waitingAt.join(', ') + '. The reason is in the contract\'s history.');
  }

  start();
}());
