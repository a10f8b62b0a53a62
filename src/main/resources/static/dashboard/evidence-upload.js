// The page a task's checklist links to: ?contract=…&member=…&item=…&task=…
// For an onboarding item it records the item's evidence (date, minutes, with whom, reference and an
// optional file) with the Tasklist session and its CSRF token, then leads back to the task. A training
// milestone's form links here with ?milestone=… instead: the file is uploaded and its number entered
// on the task.
(function () {
  'use strict';
  const params = new URLSearchParams(window.location.search);
  const contract = params.get('contract') || '';
  const member = params.get('member') || '';
  const item = params.get('item') || '';
  const milestone = params.get('milestone') || '';
  const task = params.get('task') || '';
  const $ = (id) => document.getElementById(id);
  const WAITING = ['OPEN', 'RETURNED'];

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

  function fileLink(id) {
    return '/api/contracts/' + encodeURIComponent(contract) + '/evidence/' + id;
  }

  // The local date as yyyy-mm-dd: the latest date the server accepts.
  function today() {
    const now = new Date();
    return new Date(now.getTime() - now.getTimezoneOffset() * 60000).toISOString().slice(0, 10);
  }

  async function problem(response) {
    try {
      const body = await response.json();
      const fields = (body.fieldErrors || []).map((f) => (f.label || f.field) + ' ' + f.message).join('; ');
      return fields || body.message || response.statusText;
    } catch (e) {
      return response.status + ' ' + response.statusText;
    }
  }

  function statusText(found) {
    return ({ OPEN: 'waiting for evidence', RETURNED: 'returned by the client: ' + (found.returnReason || ''),
      SUBMITTED: 'evidence recorded', ACCEPTED: 'signed off', CANCELLED: 'cancelled' })[found.status] || found.status;
  }

  // The Tasklist session's CSRF token, which a write must carry (Camunda sends it only once per session).
  async function csrfToken() {
    const response = await fetch('/api/session/csrf-token', { credentials: 'same-origin', cache: 'no-store' });
    return response.ok ? (await response.json()).token : '';
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
    document.title = 'Attach evidence – SkillGate';
    $('page-title').textContent = 'SkillGate · Attach evidence';
    $('contract-id').textContent = contract;
    $('member-name').textContent = member;
    $('item-label').textContent = 'Training milestone';
    $('item-title').textContent = found.name;
    $('item-status').textContent = found.status;
    $('hint').textContent = 'The file is stored as the member\'s evidence. Enter the file number shown below as '
      + '"Evidence file number" on your task.';
    $('upload-only').hidden = false;
    $('item').hidden = false;
  }

  async function load() {
    if (contract && member && /^\d+$/.test(milestone)) {
      return loadMilestone();
    }
    if (!contract || !member || !/^\d+$/.test(item)) {
      say('This page needs the contract, member and item it was opened with: open it from the task\'s checklist.');
      return;
    }
    const response = await fetch(apiPath(), { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (response.status === 401) {
      say('Log in to Tasklist first, then open the link again from your task.');
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
    $('item-status').textContent = statusText(found);
    $('date').max = today();
    $('date').value = today();
    if (WAITING.includes(found.status)) {
      $('hint').textContent = 'A file is stored as the member\'s evidence and its link becomes part of the reference, '
        + 'so the client\'s reviewer can open it.';
      $('record').hidden = false;
    } else {
      $('hint').textContent = 'This item does not wait for evidence any more.';
    }
    $('item').hidden = false;
  }

  // The same rules as the server's, said before anything is sent.
  function invalid(date, minutes, withWhom, reference, file) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return 'Date done is required.';
    if (date > today()) return 'Date done must not be in the future.';
    if (!/^\d+$/.test(minutes) || Number(minutes) < 1 || Number(minutes) > 86400) {
      return 'Duration must be a whole number of minutes, 1 to 86400.';
    }
    if (!withWhom) return 'With whom is required.';
    if (!reference && !file) return 'Give a reference or link, or attach a file.';
    return null;
  }

  async function post(path, token, body, json) {
    const headers = { 'X-XSRF-TOKEN': token, Accept: 'application/json' };
    if (json) headers['Content-Type'] = 'application/json';
    return fetch(path, { method: 'POST', credentials: 'same-origin', headers: headers,
      body: json ? JSON.stringify(body) : body });
  }

  async function record(event) {
    event.preventDefault();
    const date = $('date').value;
    const minutes = $('minutes').value.trim();
    const withWhom = $('with').value.trim();
    let reference = $('reference').value.trim();
    const file = $('file').files[0];
    const wrong = invalid(date, minutes, withWhom, reference, file);
    if (wrong) {
      say('Not recorded: ' + wrong);
      return;
    }
    $('save').disabled = true;
    say('Recording …', true);
    try {
      const token = await csrfToken();
      if (file) {
        const form = new FormData();
        form.append('file', file);
        const stored = await post(apiPath() + '/items/' + item + '/files', token, form, false);
        if (!stored.ok) {
          say('Not recorded, the file was refused: ' + await problem(stored));
          return;
        }
        const saved = await stored.json();
        reference = (reference ? reference + ' ' : '') + fileLink(saved.id);
        // Kept in the form: were the evidence refused, a second try sends the link, not the file again.
        $('reference').value = reference;
        $('file').value = '';
        listFile(saved);
      }
      const response = await post(apiPath() + '/items/' + item + '/evidence', token,
        { date: date, durationMinutes: Number(minutes), with: withWhom, reference: reference }, true);
      if (!response.ok) {
        say('Not recorded: ' + await problem(response));
        return;
      }
      const view = await response.json();
      const found = (view.learningPath || []).find((i) => String(i.id) === item);
      $('item-status').textContent = found ? statusText(found) : 'evidence recorded';
      $('record').hidden = true;
      const left = (view.learningPath || []).filter((i) => WAITING.includes(i.status)).length;
      say(left === 0
        ? 'Evidence recorded. No item waits any more: your task has completed itself and goes to the client for review.'
        : 'Evidence recorded. ' + left + (left === 1 ? ' item still waits' : ' items still wait')
          + ' on your task: go back to it for the next one.', true);
      $('message').scrollIntoView({ block: 'start' });
      $('back').focus({ preventScroll: true });
    } catch (e) {
      say('Not recorded: ' + e.message);
    } finally {
      $('save').disabled = false;
    }
  }

  function listFile(stored, number) {
    const entry = document.createElement('li');
    const link = document.createElement('a');
    link.href = fileLink(stored.id);
    link.textContent = stored.fileName;
    entry.appendChild(link);
    entry.appendChild(document.createTextNode(' (' + Math.max(1, Math.round(stored.sizeBytes / 1024)) + ' KB)'
      + (number ? ', file number ' + stored.id : '')));
    $('uploaded').appendChild(entry);
  }

  async function uploadForMilestone() {
    const file = $('milestone-file').files[0];
    if (!file) {
      say('Choose a file first.');
      return;
    }
    $('upload').disabled = true;
    say('Uploading ' + file.name + ' …', true);
    try {
      const body = new FormData();
      body.append('file', file);
      const response = await post(apiPath() + '/evidence', await csrfToken(), body, false);
      if (!response.ok) {
        say('Not uploaded: ' + await problem(response));
        return;
      }
      const stored = await response.json();
      listFile(stored, true);
      $('milestone-file').value = '';
      say('Uploaded ' + stored.fileName + ' as file number ' + stored.id + ': enter it on your task.', true);
    } catch (e) {
      say('Not uploaded: ' + e.message);
    } finally {
      $('upload').disabled = false;
    }
  }

  $('record').addEventListener('submit', record);
  $('upload').addEventListener('click', uploadForMilestone);
  load();
}());
