// SkillGate contract intake: sends the terms (JSON or YAML) and roster CSV to /api/contracts/intake,
// or a roster to /api/contracts/{id}/roster, and shows each error at its field: the terms' errors
// under the terms (with their line: a click selects it), the roster's by row and column. Writes
// carry the session's CSRF token, read from a read of the Camunda webapps' API. Text from the
// server goes in through textContent only.
(function () {
  'use strict';

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

  function signIn() {
    window.location.assign('/dashboard/login.html?next=' + encodeURIComponent(window.location.pathname));
  }

  async function csrfToken() {
    const session = await window.SkillGateSession.info();
    if (!session.signedIn) {
      signIn();
      throw new Error('signed out');
    }
    return session.csrfToken;
  }

  async function post(url, form) {
    const response = await fetch(url, {
      method: 'POST', credentials: 'same-origin', body: form,
      headers: { Accept: 'application/json', 'X-XSRF-TOKEN': await csrfToken() }
    });
    if (response.status === 401) {
      signIn();
      throw new Error('signed out');
    }
    let body = {};
    try {
      body = await response.json();
    } catch (e) {
      body = { message: 'The server answered ' + response.status + '.' };
    }
    return { status: response.status, body: body };
  }

  function readFile(input) {
    return input.files.length === 0 ? Promise.resolve(null) : input.files[0].text();
  }

  // Selects a line of the terms, so "line 14" in an error takes the person there.
  function goToLine(textarea, line) {
    const lines = textarea.value.split('\n');
    let start = 0;
    for (let i = 0; i < line - 1 && i < lines.length; i++) {
      start += lines[i].length + 1;
    }
    textarea.focus();
    textarea.setSelectionRange(start, start + (lines[line - 1] || '').length);
    const lineHeight = textarea.scrollHeight / Math.max(lines.length, 1);
    textarea.scrollTop = Math.max(0, (line - 3) * lineHeight);
  }

  function describe(error) {
    return (error.field ? error.field + ': ' : '') + error.message;
  }

  // Puts each error under the field it names; a field with errors is marked invalid.
  function showErrors(errors, places) {
    Object.keys(places).forEach(function (key) {
      const place = places[key];
      place.box.replaceChildren();
      place.input.removeAttribute('aria-invalid');
    });
    errors.forEach(function (error) {
      const key = Object.keys(places).find(function (k) { return places[k].matches(error.field || ''); })
        || Object.keys(places)[0];
      const place = places[key];
      let list = place.box.querySelector('ul');
      if (!list) {
        list = el('ul');
        place.box.appendChild(list);
      }
      const item = el('li');
      item.setAttribute('data-field', error.field || '');
      const line = /\(line (\d+)\)$/.exec(error.message) || /^line (\d+):/.exec(error.message);
      if (line && place.input.tagName === 'TEXTAREA') {
        const link = el('a', describe(error));
        link.href = '#terms';
        link.addEventListener('click', function (event) {
          event.preventDefault();
          goToLine(place.input, Number(line[1]));
        });
        item.appendChild(link);
      } else {
        item.textContent = describe(error);
      }
      list.appendChild(item);
      place.input.setAttribute('aria-invalid', 'true');
    });
  }

  function setupIntake() {
    const form = document.getElementById('intake-form');
    const terms = document.getElementById('terms');
    const termsFile = document.getElementById('terms-file');
    const rosterFile = document.getElementById('roster-file');
    const summary = document.getElementById('intake-summary');
    const result = document.getElementById('intake-result');
    summary.tabIndex = -1;
    const places = {
      roster: { box: document.getElementById('roster-errors'), input: rosterFile,
        matches: function (f) { return f.indexOf('roster') === 0; } },
      terms: { box: document.getElementById('terms-errors'), input: terms,
        matches: function (f) { return f.indexOf('roster') !== 0; } }
    };

    termsFile.addEventListener('change', async function () {
      const text = await readFile(termsFile);
      if (text !== null) {
        terms.value = text;
      }
    });

    async function send(check) {
      summary.replaceChildren();
      result.replaceChildren();
      const data = new FormData();
      data.append('terms', terms.value);
      if (rosterFile.files.length > 0) {
        data.append('roster', rosterFile.files[0], rosterFile.files[0].name);
      }
      const reply = await post('/api/contracts/intake' + (check ? '?check=true' : ''), data);
      if (reply.status === 200 || reply.status === 201) {
        showErrors([], places);
        result.appendChild(check ? preview(reply.body) : registered(reply.body));
        return;
      }
      const errors = reply.body.fieldErrors || [];
      showErrors(errors, places);
      summary.textContent = reply.status === 403
        ? 'Only the client\'s reviewers and admins register contracts.'
        : reply.status === 409 ? reply.body.message
        : errors.length === 0 ? reply.body.message
        : (errors.length === 1 ? 'One problem' : errors.length + ' problems') + ': see below, at each field. Nothing was registered.';
      // Take the person to the first problem: its line in the terms, or the roster field.
      const first = errors.find(function (e) { return places.terms.matches(e.field || ''); });
      const line = first && (/\(line (\d+)\)$/.exec(first.message) || /^line (\d+):/.exec(first.message));
      if (line) {
        goToLine(terms, Number(line[1]));
      } else {
        (first ? terms : errors.length > 0 ? rosterFile : summary).focus();
      }
    }

    document.getElementById('check-button').addEventListener('click', function () { send(true); });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      send(false);
    });
  }

  function preview(p) {
    const box = el('div', null, 'success');
    box.appendChild(el('p', 'No problems found. Registering would create ' + p.id + (p.title ? ' – ' + p.title : '')
      + ': ' + p.client + ' and ' + p.vendor + ' (' + p.vendorGroup + '), ' + p.startDate + ' to ' + p.endDate + '.'));
    box.appendChild(el('p', 'Phases: ' + p.phases.join(', ') + '. Team: ' + p.members + ' members ('
      + Object.keys(p.membersByRole).map(function (r) { return p.membersByRole[r] + ' ' + r; }).join(', ') + ').'));
    return box;
  }

  function registered(c) {
    const box = el('div', null, 'success');
    box.setAttribute('data-testid', 'registered');
    box.appendChild(el('p', 'Registered ' + c.id + '. ' + c.vendorName
      + ' is asked to confirm the upskilling plan; follow it on '));
    const link = el('a', 'the dashboard');
    link.href = '/dashboard?contract=' + encodeURIComponent(c.id);
    box.firstChild.appendChild(link);
    box.firstChild.appendChild(document.createTextNode('.'));
    return box;
  }

  async function setupRoster() {
    const form = document.getElementById('roster-form');
    const select = document.getElementById('roster-contract');
    const file = document.getElementById('add-roster-file');
    const errorsBox = document.getElementById('add-roster-errors');
    const result = document.getElementById('add-roster-result');
    const response = await fetch('/api/contracts', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (response.status === 401) {
      signIn();
      return;
    }
    const contracts = response.ok ? await response.json() : [];
    contracts.forEach(function (c) {
      const option = el('option', c.id + ' – ' + (c.title || c.vendorName));
      option.value = c.id;
      select.appendChild(option);
    });
    form.addEventListener('submit', async function (event) {
      event.preventDefault();
      result.replaceChildren();
      const data = new FormData();
      if (file.files.length > 0) {
        data.append('roster', file.files[0], file.files[0].name);
      }
      const reply = await post('/api/contracts/' + encodeURIComponent(select.value) + '/roster', data);
      if (reply.status === 201) {
        showErrors([], { roster: { box: errorsBox, input: file, matches: function () { return true; } } });
        const box = el('div', reply.body.length + ' members joined ' + select.value + '.', 'success');
        result.appendChild(box);
        return;
      }
      const errors = reply.body.fieldErrors && reply.body.fieldErrors.length > 0 ? reply.body.fieldErrors
        : [{ field: '', message: reply.body.message }];
      showErrors(errors, { roster: { box: errorsBox, input: file, matches: function () { return true; } } });
      file.focus();
    });
  }

  // Each side sees the form that is theirs: the client registers, the vendor staffs the team.
  async function showWhatIsYours() {
    const session = await window.SkillGateSession.info();
    if (!session.signedIn) {
      signIn();
      return;
    }
    const admin = session.groups.indexOf('camunda-admin') >= 0;
    const client = admin || session.groups.indexOf('reviewers') >= 0;
    const vendor = admin || session.groups.some(function (g) { return g.indexOf('vendor-') === 0; });
    document.getElementById('register-section').hidden = !client;
    document.getElementById('roster-section').hidden = !vendor;
    if (!client && !vendor) {
      document.getElementById('message').textContent = 'Contract intake is for client reviewers and vendors.';
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    showWhatIsYours();
    setupIntake();
    setupRoster();
  });
}());
