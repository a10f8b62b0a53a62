const { is } = require('bpmnlint-utils');
const conventions = require('../conventions.json');

const PROCESS_ID = new RegExp(conventions.processId);

// A process id is PascalCase ending in "Process"; the file is named after it
// (processes/<feature>/<ProcessId>.bpmn), which ModelConventionsTest checks.
module.exports = function() {
  function check(node, reporter) {
    if (is(node, 'bpmn:Process') && !PROCESS_ID.test(node.id || '')) {
      reporter.report(node.id, 'Process id must be PascalCase and end in "Process"', [ 'id' ]);
    }
  }
  return { check };
};
