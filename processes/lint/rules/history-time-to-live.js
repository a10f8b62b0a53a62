const { is } = require('bpmnlint-utils');
const conventions = require('../conventions.json');

const DAYS = new RegExp(conventions.historyTimeToLive);

// The engine refuses an executable process without historyTimeToLive; history is cleaned up
// after it. SkillGate writes it as days, either "1825" or "P1825D".
module.exports = function() {
  function check(node, reporter) {
    if (!is(node, 'bpmn:Process') || !node.isExecutable) {
      return;
    }
    const ttl = node.get('camunda:historyTimeToLive');
    if (ttl === undefined || ttl === null || String(ttl).trim() === '') {
      reporter.report(node.id, 'Process needs camunda:historyTimeToLive (e.g. "P1825D")', [ 'historyTimeToLive' ]);
    } else if (!DAYS.test(String(ttl).trim())) {
      reporter.report(node.id, `historyTimeToLive "${ttl}" must be days: "1825" or "P1825D"`, [ 'historyTimeToLive' ]);
    }
  }
  return { check };
};
