// The evidence upload page a task links to: ?contract=…&member=…&item=…&task=…
// Shows which item the file is for, uploads it with the Tasklist session (and its CSRF token),
// and leads back to the task, where the file's link now fills the item's "Reference or link".
(function () {
  'use strict';
  const params = new URLSearchParams(window.location.search);
  const contract = params.get('contract') || '';
  const member = params.get('member') || '';
  const item = params.get('item') || '';
  // A training milestone's form links here with ?milestone=… instead of an item.
  const milestone = params.get('milestone') || '';
  const task = params.get('task') || '';
  const $ = (id) => document.getElementById(id);

  const taskLink = '/camunda/app/tasklist/default/' + (task ? '#/?task=' + encodeURIComponent(task) : '');
  $('back').href = taskLink;
  $('back-top').href = taskLink;

  function say(text, ok) {
    $('message').textContent = text;
    $('message').className = ok ? 'ok' : '';
  }

  function apiPath() {
    return '/api/contracts/' + encodeURIComponent(contract) + '/members/' + encodeURIComponent(member);
  }

  async function problem(response) {
    try {
      const body = await response.json();
      const fields = (body.fieldErrors || []).map((f) => f.field + ' ' + f.message).join('; ');
      return fields || body.message || response.statusText;
    } catch (e) {
      return response.status + ' ' + response.statusText;
    }
  }

  async function loadMilestone() {
    const response = await fetch('/api/contracts/' + encodeURIComponent(contract) + '/milestones',
      { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (!response.ok) {
      say(response.status === 401 ? 'Log in to Tasklist first, then open the upload link again from your task.'
        : 'This milestone cannot be shown: ' + await problem(response));
      return;
    }
    const found = (await response.json()).find((m) => String(m.id) === milestone);
    if (!found) {
      say('This milestone is not on the contract.');
      return;
    }
    $('contract-id').textContent = contract;
    $('member-name').textContent = member;
    $('item-label').textContent = 'Training milestone';
    $('item-title').textContent = found.name;
    $('item-status').textContent = found.status;
    $('hint').textContent = 'The file is stored as the member\'s evidence. Enter the file number shown below as '
      + '"Evidence file number" on your task.';
    $('item').hidden = false;
  }

  async function load() {
    if (contract && member && /^\d+$/.test(milestone)) {
      return loadMilestone();
    }
    if (!contract || !member || !/^\d+$/.test(item)) {
      say('This page needs the contract, member and item it was opened with: open it from the task\'s upload link.');
      return;
    }
    const response = await fetch(apiPath(), { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (response.status === 401) {
      say('Log in to Tasklist first, then open the upload link again from your task.');
      return;
    }
    if (!response.ok) {
      say('This item cannot be shown: ' + await problem(response));
      return;
    }
    const view = await response.json();
    const found = (view.learningPath || []).find((i) => String(i.id) === item);
    if (!found) {
      say('This item is not on the member\'s learning path.');
      return;
    }
    $('contract-id').textContent = contract;
    $('member-name').textContent = view.member ? view.member.name : member;
    $('item-title').textContent = found.title;
    $('item-status').textContent = ({ OPEN: 'waiting for evidence', RETURNED: 'returned by the client: ' + (found.returnReason || ''),
      SUBMITTED: 'evidence submitted', ACCEPTED: 'signed off', CANCELLED: 'cancelled' })[found.status] || found.status;
    $('item').hidden = false;
  }

  // The Tasklist session's CSRF token, which an upload must carry (Camunda sends it only once per session).
  async function csrfToken() {
    const response = await fetch('/api/session/csrf-token', { credentials: 'same-origin', cache: 'no-store' });
    return response.ok ? (await response.json()).token : '';
  }

  async function upload() {
    const file = $('file').files[0];
    if (!file) {
      say('Choose a file first.');
      return;
    }
    $('upload').disabled = true;
    say('Uploading ' + file.name + ' …', true);
    try {
      const body = new FormData();
      body.append('file', file);
      const target = milestone ? apiPath() + '/evidence' : apiPath() + '/items/' + item + '/files';
      const response = await fetch(target, {
        method: 'POST', credentials: 'same-origin', body: body,
        headers: { 'X-XSRF-TOKEN': await csrfToken(), Accept: 'application/json' }
      });
      if (!response.ok) {
        say('Not uploaded: ' + await problem(response));
        return;
      }
      const stored = await response.json();
      const entry = document.createElement('li');
      const link = document.createElement('a');
      link.href = '/api/contracts/' + encodeURIComponent(contract) + '/evidence/' + stored.id;
      link.textContent = stored.fileName;
      entry.appendChild(link);
      entry.appendChild(document.createTextNode(' (' + Math.max(1, Math.round(stored.sizeBytes / 1024)) + ' KB)'
        + (milestone ? ', file number ' + stored.id : '')));
      $('uploaded').appendChild(entry);
      $('file').value = '';
      say(milestone ? 'Uploaded ' + stored.fileName + ' as file number ' + stored.id + ': enter it on your task.'
        : 'Uploaded ' + stored.fileName + '. Its link is in the item\'s "Reference or link" on your task.', true);
    } catch (e) {
      say('Not uploaded: ' + e.message);
    } finally {
      $('upload').disabled = false;
    }
  }

  $('upload').addEventListener('click', upload);
  load();
}());
