const { is } = require('bpmnlint-utils');

// Ids name the element's type, so logs, incidents and migration reports are readable:
// UserTask_ApprovePhaseGate, Gateway_AssessmentPassed, SequenceFlow_AssessmentPassedNo.
// The prefixes and their order (most specific type first) are in ../conventions.json, which
// ModelConventionsTest reads too.
const conventions = require('../conventions.json');

const PREFIXES = conventions.idPrefixes.order.map(([ type, prefix ]) => [ 'bpmn:' + type, prefix ]);
const NAME = new RegExp(conventions.idPrefixes.name);

module.exports = function() {
  function check(node, reporter) {
    const match = PREFIXES.find(([ type ]) => is(node, type));
    if (!match) {
      return;
    }
    const [ , prefix ] = match;
    const rest = (node.id || '').slice(prefix.length);
    if (!node.id || !node.id.startsWith(prefix) || !NAME.test(rest)) {
      reporter.report(node.id, `Id must be ${prefix}<PascalCaseName>`, [ 'id' ]);
    }
  }
  return { check };
};
