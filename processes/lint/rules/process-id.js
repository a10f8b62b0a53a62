const { is } = require('bpmnlint-utils');

// A process id is PascalCase ending in "Process"; the file is named after it
// (processes/<feature>/<ProcessId>.bpmn), which ModelConventionsTest checks.
module.exports = function() {
  function check(node, reporter) {
    if (is(node, 'bpmn:Process') && !/^[A-Z][A-Za-z0-9]*Process$/.test(node.id || '')) {
      reporter.report(node.id, 'Process id must be PascalCase and end in "Process"', [ 'id' ]);
    }
  }
  return { check };
};
