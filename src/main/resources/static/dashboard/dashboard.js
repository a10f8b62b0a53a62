// SkillGate dashboard: reads /api/contracts, /api/contracts/{id}/kpis and .../progress with the
// user's session and renders them. Every table has a caption and column headers; below 720 px the
// style sheet shows each row as a card, each cell labelled with its column (data-label). Every value goes into the page through textContent (never
// innerHTML), so names typed by a contract's parties cannot inject markup.
(function () {
  'use strict';

  const charts = [];
  const select = document.getElementById('contract-select');
  const message = document.getElementById('message');

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

  // The first cell names the row: a row header, so a screen reader reads it with every cell.
  function row(cells) {
    const tr = document.createElement('tr');
    cells.forEach(function (c, i) {
      const cell = i === 0 ? el('th', c instanceof Node ? null : c) : el('td', c instanceof Node ? null : c);
      if (i === 0) {
        cell.scope = 'row';
      }
      if (c instanceof Node) {
        cell.appendChild(c);
      }
      tr.appendChild(cell);
    });
    return tr;
  }

  // Fills a table body; labels each cell with its column for the narrow layout; says what comes
  // next when there are no rows yet.
  function fill(id, rows, emptyText) {
    const body = document.getElementById(id);
    const headers = Array.prototype.map.call(body.closest('table').querySelectorAll('thead th'),
      function (th) { return th.textContent; });
    if (rows.length === 0 && emptyText) {
      const td = el('td', emptyText, 'empty');
      td.colSpan = headers.length;
      const tr = document.createElement('tr');
      tr.appendChild(td);
      rows = [tr];
    } else {
      rows.forEach(function (tr) {
        Array.prototype.forEach.call(tr.children, function (cell, i) {
          if (headers[i]) {
            cell.setAttribute('data-label', headers[i]);
          }
        });
      });
    }
    body.replaceChildren.apply(body, rows);
  }

  function num(v) {
    return v === null || v === undefined ? '–' : String(v);
  }

  function rate(r) {
    if (!r || r.percent === null || r.percent === undefined) {
      return 'none due yet';
    }
    return r.percent + ' % (' + r.count + ' of ' + r.of + ')';
  }

  function say(text) {
    message.textContent = text;
  }

  async function getJson(url) {
    const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (response.status === 401) {
      // The session ended: sign in again and come back here.
      window.location.assign('/dashboard/login.html?next='
        + encodeURIComponent(window.location.pathname + window.location.search));
      throw new Error('Your session has ended: signing in again.');
    }
    if (response.status === 404) {
      throw new Error('No such contract, or it is not one of yours.');
    }
    if (!response.ok) {
      throw new Error('The server answered ' + response.status + '.');
    }
    return response.json();
  }

  // Each contract's stage (e.g. TRAINING, STEADY_STATE) from the contract list, shown with its figures.
  const stages = {};

  async function start() {
    let contracts;
    try {
      contracts = await getJson('/api/contracts');
    } catch (e) {
      say(e.message);
      return;
    }
    if (contracts.length === 0) {
      say('You have no contracts to follow yet. Once a client reviewer registers a contract '
        + '(Register a contract, above), it shows here.');
      return;
    }
    contracts.forEach(function (c) {
      stages[c.id] = c.stage;
      const option = el('option', c.id + ' – ' + (c.title || c.vendorName));
      option.value = c.id;
      select.appendChild(option);
    });
    const wanted = new URLSearchParams(window.location.search).get('contract');
    select.value = wanted && contracts.some(function (c) { return c.id === wanted; }) ? wanted : contracts[0].id;
    if (wanted && select.value !== wanted) {
      say('No such contract, or it is not one of yours: showing ' + select.value + '.');
    }
    select.addEventListener('change', function () {
      const url = new URL(window.location.href);
      url.searchParams.set('contract', select.value);
      window.history.replaceState(null, '', url);
      say('');
      show(select.value);
    });
    show(select.value);
  }

  async function show(id) {
    const section = document.getElementById('contract');
    let report;
    let progress;
    try {
      const base = '/api/contracts/' + encodeURIComponent(id);
      [report, progress] = await Promise.all([getJson(base + '/kpis'), getJson(base + '/progress')]);
    } catch (e) {
      section.hidden = true;
      say(e.message);
      return;
    }
    document.getElementById('csv-link').href = '/api/contracts/' + encodeURIComponent(id) + '/kpis.csv';
    document.getElementById('contract-title').textContent = report.title || report.contractId;
    document.getElementById('contract-meta').textContent = report.clientName + ' and ' + report.vendorName
      + ' · ' + report.reportingFrequency.toLowerCase() + ' reporting · as of ' + report.asOf
      + (report.currentPeriod ? ' (period ' + report.currentPeriod + ')' : '')
      + (stages[id] ? ' · stage: ' + stages[id].toLowerCase().replace(/_/g, ' ') : '');
    waitingOn(progress);
    onboarding(progress.onboarding, progress.stage);
    tiles(report.contract);
    kpis(report.contractKpis);
    periods(report.periods);
    gates(report.gates);
    overdue(report.overdue);
    ledger(report.incentiveRules, report.statements);
    fill('role-rows', report.roles.map(function (s) {
      const k = s.kpis;
      return row([s.name, rate(k.completion), rate(k.onTime), rate(k.assessmentPass), rate(k.certificationCoverage),
        rate(k.retention), k.skillGaps.length]);
    }), 'No roles in this contract.');
    fill('member-rows', report.members.map(function (s) {
      const k = s.kpis;
      return row([s.name + ' (' + s.key + ')', s.status, rate(k.completion), rate(k.onTime), rate(k.assessmentPass),
        rate(k.certificationCoverage), k.skillGaps.length]);
    }), 'No team members yet: the vendor adds them (roster CSV on the intake page).');
    section.hidden = false;
  }

  // A rate over no items is not a figure yet: say when one will come instead of "no items".
  function tileRate(r, when) {
    return !r || r.percent === null || r.percent === undefined ? '– (' + when + ')' : rate(r);
  }

  function tiles(k) {
    const none = 'nothing due yet';
    const items = [
      ['Completion', tileRate(k.completion, none)], ['On time', tileRate(k.onTime, 'once milestones are completed')],
      ['Assessments passed', tileRate(k.assessmentPass, 'no assessment taken yet')],
      ['First-attempt pass', tileRate(k.firstAttemptPass, 'no assessment taken yet')],
      ['Average score', k.averageScore === null || k.averageScore === undefined ? '– (no scores yet)' : num(k.averageScore)],
      ['Certification coverage', tileRate(k.certificationCoverage, 'no certification due yet')],
      ['Retention', tileRate(k.retention, 'once training starts')], ['Open milestones', k.openMilestones],
      ['Overdue milestones', k.overdueMilestones], ['Missed milestones', k.missedMilestones],
      ['Waived milestones', k.waivedMilestones],
      ['Skill gaps', k.skillGaps.length]
    ];
    const box = document.getElementById('tiles');
    box.replaceChildren.apply(box, items.map(function (item) {
      const tile = el('div', null, 'tile');
      const text = String(item[1]);
      const split = text.indexOf(' (');
      tile.appendChild(el('div', item[0], 'label'));
      tile.appendChild(el('div', split > 0 ? text.substring(0, split) : text, 'value'));
      if (split > 0) {
        tile.appendChild(el('div', text.substring(split + 2, text.length - 1), 'detail'));
      }
      return tile;
    }));
  }

  function kpis(list) {
    fill('kpi-rows', list.map(function (c) {
      const unit = c.unit ? ' ' + c.unit : '';
      const met = c.met === null || c.met === undefined ? el('span', '–')
        : el('span', c.met ? 'yes' : 'no', c.met ? 'met' : 'not-met');
      return row([c.name, c.baseline === undefined ? '–' : c.baseline + unit, c.target + unit,
        c.latest === undefined ? 'no report yet' : c.latest + unit + (c.latestPeriod ? ' (period ' + c.latestPeriod + ')' : ''),
        num(c.change), c.progressPercent === undefined ? '–' : c.progressPercent + ' %', met, c.source.toLowerCase()]);
    }), 'The contract names no KPIs.');
  }

  function periods(list) {
    fill('period-rows', list.map(function (p) {
      return row([p.period, p.start, p.end, p.reportStatus.toLowerCase(), p.late ? 'yes' : 'no', num(p.learnerFeedback)]);
    }), 'No reporting period has opened yet: the first opens once the plan is agreed and the programme runs.');
    charts.splice(0).forEach(function (c) { c.destroy(); });
    const first = list[0];
    const waitFor = first ? 'The first report is due after period ' + first.period + ' ends (' + first.end + ').'
      : 'Reports start once the first reporting period opens.';
    chartText('reported', list, function (p) { return p.reported; }, 'No KPI values reported yet. ' + waitFor);
    chartText('training', list, function (p) { return p.training; },
      'No training figures yet: they are computed with each accepted period report. ' + waitFor);
    if (typeof Chart === 'undefined') {
      say('Charts are not available (chart library not loaded).');
      return;
    }
    const labels = list.map(function (p) { return 'P' + p.period; });
    charts.push(lineChart('reported-chart', labels, list, function (p) { return p.reported; }));
    charts.push(lineChart('training-chart', labels, list, function (p) { return p.training; }));
  }

  // The chart's text alternative (read with the canvas, shown under it), or its empty state.
  function chartText(name, list, valuesOf, emptyText) {
    const lines = {};
    list.forEach(function (p) {
      Object.keys(valuesOf(p) || {}).forEach(function (k) {
        const v = valuesOf(p)[k];
        if (v !== null && v !== undefined) {
          (lines[k] = lines[k] || []).push('period ' + p.period + ': ' + v);
        }
      });
    });
    const keys = Object.keys(lines);
    const figure = document.getElementById(name + '-chart').closest('figure');
    figure.classList.toggle('no-data', keys.length === 0);
    document.getElementById(name + '-summary').textContent = keys.length === 0 ? emptyText
      : keys.map(function (k) { return k + ' – ' + lines[k].join(', '); }).join('; ') + '.';
  }

  function when(instant) {
    return new Date(instant).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' });
  }

  // One card per party with open work, the earliest due first; or what comes next when no one has any.
  function waitingOn(progress) {
    const box = document.getElementById('waiting-on');
    if (progress.waitingOn.length === 0) {
      const quiet = el('div', null, 'card quiet');
      quiet.appendChild(el('p', NEXT[progress.stage] || 'No open tasks on this contract right now.'));
      box.replaceChildren(quiet);
      return;
    }
    box.replaceChildren.apply(box, progress.waitingOn.map(function (turn) {
      const card = el('div', null, 'card');
      card.setAttribute('data-party', turn.party);
      card.appendChild(el('h4', turn.label));
      const summary = el('p', turn.openTasks + (turn.openTasks === 1 ? ' open task' : ' open tasks')
        + (turn.nextDue ? ', next due ' + when(turn.nextDue) : ''));
      if (turn.overdueTasks > 0) {
        summary.appendChild(document.createTextNode(' · '));
        summary.appendChild(el('span', turn.overdueTasks + ' overdue', 'overdue'));
      }
      card.appendChild(summary);
      const ul = el('ul');
      Object.keys(turn.tasks).forEach(function (name) {
        ul.appendChild(el('li', turn.tasks[name] + ' × ' + name));
      });
      card.appendChild(ul);
      return card;
    }));
  }

  // What happens next at each stage when no task is open.
  const NEXT = {
    PLAN_AGREED: 'The plan is agreed: onboarding of each member starts next.',
    STEADY_STATE: 'Every phase gate is approved: only period reports and joiners\' onboarding come up now.',
    CLOSED: 'The contract is closed.',
    WITHDRAWN: 'The contract was withdrawn.'
  };

  function onboarding(o, stage) {
    const box = document.getElementById('onboarding');
    const card = el('div', null, 'card');
    if (o.members === 0) {
      card.appendChild(el('p', 'No team members on the roster yet.'));
    } else if (o.notStarted === o.members) {
      card.appendChild(el('p', o.members + ' members on the roster; onboarding starts '
        + (stage === 'PLAN_CONFIRMATION' || stage === 'PLAN_REVIEW' || stage === 'PLAN_DISPUTED'
          ? 'once both parties agree the upskilling plan.' : 'shortly.')));
    } else {
      const done = o.approved;
      const bar = el('progress');
      bar.max = o.members;
      bar.value = done;
      bar.id = 'onboarding-bar';
      const label = el('label', done + ' of ' + o.members + ' members onboarded');
      label.htmlFor = 'onboarding-bar';
      card.appendChild(label);
      card.appendChild(bar);
      const ul = el('ul');
      [[o.inProgress, 'in progress'], [o.awaitingApproval, 'awaiting the client\'s approval'],
        [o.notStarted, 'not started'], [o.ended, 'left before finishing']].forEach(function (pair) {
        if (pair[0] > 0) {
          ul.appendChild(el('li', pair[0] + ' ' + pair[1]));
        }
      });
      if (o.itemsTotal > 0) {
        ul.appendChild(el('li', o.itemsAccepted + ' of ' + o.itemsTotal + ' onboarding items signed off'));
      }
      card.appendChild(ul);
    }
    box.replaceChildren(card);
  }

  function lineChart(canvasId, labels, list, valuesOf) {
    const keys = [];
    list.forEach(function (p) {
      Object.keys(valuesOf(p) || {}).forEach(function (k) {
        if (keys.indexOf(k) < 0) { keys.push(k); }
      });
    });
    const datasets = keys.map(function (k) {
      return {
        label: k,
        data: list.map(function (p) { const v = (valuesOf(p) || {})[k]; return v === undefined ? null : v; }),
        spanGaps: true
      };
    });
    // Chart.js draws labels on the canvas as text, not markup.
    return new Chart(document.getElementById(canvasId), {
      type: 'line',
      data: { labels: labels, datasets: datasets },
      options: { animation: false, responsive: true, plugins: { legend: { position: 'bottom' } } }
    });
  }

  function gates(list) {
    fill('gate-rows', list.map(function (g) {
      return row([g.name, g.startDate, g.endDate || '–', g.requiredModules, rate(g.completion), g.state.toLowerCase()]);
    }), 'The contract names no phases.');
  }

  function overdue(list) {
    const ul = document.getElementById('overdue');
    if (list.length === 0) {
      ul.replaceChildren(el('li', 'Nothing is overdue.'));
      return;
    }
    ul.replaceChildren.apply(ul, list.map(function (o) {
      return el('li', (o.kind === 'TASK' ? 'Task: ' : 'Milestone: ') + o.name + (o.who ? ' – ' + o.who : '')
        + ' (due ' + new Date(o.due).toLocaleDateString() + ')');
    }));
  }

  function ledger(rules, statements) {
    const r = rules || {};
    document.getElementById('incentive-rules').textContent = 'Rules (' + r.currency + '): certification bonus '
      + num(r.certificationBonus) + ', quarterly on-time bonus ' + num(r.quarterlyOnTimeBonus)
      + ', missed milestone penalty ' + num(r.missedMilestonePenalty) + ' after ' + num(r.penaltyGraceDays)
      + ' days of grace, capped at ' + num(r.penaltyCapPerQuarter) + ' a quarter'
      + (r.penaltyWaivable ? '; penalties may be waived.' : '.');
    fill('statement-rows', statements.map(function (s) {
      return row([s.period, s.from, s.to, s.entries.length, s.bonuses, s.penalties, s.waivers, s.net + ' ' + s.currency,
        s.confirmedBy ? s.confirmedBy + ', ' + new Date(s.confirmedAt).toLocaleString() : 'not yet']);
    }), 'No statements yet: one is drawn up for each reporting period, with its bonuses and penalties.');
  }

  document.addEventListener('DOMContentLoaded', start);
}());
