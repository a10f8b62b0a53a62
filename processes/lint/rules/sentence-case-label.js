const { is, isAny } = require('bpmnlint-utils');

// Labels are sentence case: "Approve phase gate", not "approve phase gate" or "Approve Phase Gate".
// Only the first letter is checked for capitals beyond it: proper nouns and acronyms are allowed.
module.exports = function() {
  function check(node, reporter) {
    if (!isAny(node, [ 'bpmn:FlowNode', 'bpmn:Participant', 'bpmn:Lane' ]) || is(node, 'bpmn:SequenceFlow')) {
      return;
    }
    const name = (node.name || '').trim();
    if (!name) {
      return;
    }
    if (name[0] !== name[0].toUpperCase()) {
      reporter.report(node.id, `Label "${name}" must start with a capital letter (sentence case)`, [ 'name' ]);
      return;
    }
    const words = name.split(/\s+/);
    // "Approve Phase Gate": every word capitalised is title case. Two-word labels may be a name.
    const titleCase = words.length > 2 && words.every(w => /^[A-Z][a-z]/.test(w));
    if (titleCase) {
      reporter.report(node.id, `Label "${name}" is title case; use sentence case`, [ 'name' ]);
    }
  }
  return { check };
};
