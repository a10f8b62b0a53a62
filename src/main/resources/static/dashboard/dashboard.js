// SkillGate dashboard: reads /api/contracts and /api/contracts/{id}/kpis with the user's
// session and renders them. Every value goes into the page through textContent (never
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

  function row(cells) {
    const tr = document.createElement('tr');
    cells.forEach(function (c) {
      tr.appendChild(c instanceof Node ? wrap(c) : el('td', c));
    });
    return tr;
  }

  function wrap(node) {
    const td = document.createElement('td');
    td.appendChild(node);
    return td;
  }

  function fill(id, rows) {
    const body = document.getElementById(id);
    body.replaceChildren.apply(body, rows);
  }

  function num(v) {
    return v === null || v === undefined ? '–' : String(v);
  }

  function rate(r) {
    if (!r || r.percent === null || r.percent === undefined) {
      return 'no items';
    }
    return r.percent + ' % (' + r.count + ' of ' + r.of + ')';
  }

  function say(text) {
    message.textContent = text;
  }

  async function getJson(url) {
    const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (response.status === 401) {
      throw new Error('Please log in to Tasklist first, then open this page again.');
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
      say('You have no contracts to follow yet.');
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
    try {
      report = await getJson('/api/contracts/' + encodeURIComponent(id) + '/kpis');
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
    }));
    fill('member-rows', report.members.map(function (s) {
      const k = s.kpis;
      return row([s.name + ' (' + s.key + ')', s.status, rate(k.completion), rate(k.onTime), rate(k.assessmentPass),
        rate(k.certificationCoverage), k.skillGaps.length]);
    }));
    section.hidden = false;
  }

  function tiles(k) {
    const items = [
      ['Completion', rate(k.completion)], ['On time', rate(k.onTime)],
      ['Assessments passed', rate(k.assessmentPass)], ['First-attempt pass', rate(k.firstAttemptPass)],
      ['Average score', num(k.averageScore)], ['Certification coverage', rate(k.certificationCoverage)],
      ['Retention', rate(k.retention)], ['Open milestones', k.openMilestones],
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
        c.latest === undefined ? 'no value yet' : c.latest + unit + (c.latestPeriod ? ' (period ' + c.latestPeriod + ')' : ''),
        num(c.change), c.progressPercent === undefined ? '–' : c.progressPercent + ' %', met, c.source.toLowerCase()]);
    }));
  }

  function periods(list) {
    fill('period-rows', list.map(function (p) {
      return row([p.period, p.start, p.end, p.reportStatus.toLowerCase(), p.late ? 'yes' : 'no', num(p.learnerFeedback)]);
    }));
    charts.splice(0).forEach(function (c) { c.destroy(); });
    if (typeof Chart === 'undefined') {
      say('Charts are not available (chart library not loaded).');
      return;
    }
    const labels = list.map(function (p) { return 'P' + p.period; });
    charts.push(lineChart('reported-chart', labels, list, function (p) { return p.reported; }));
    charts.push(lineChart('training-chart', labels, list, function (p) { return p.training; }));
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
    }));
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
    }));
  }

  document.addEventListener('DOMContentLoaded', start);
}());
