const { is, isAny } = require('bpmnlint-utils');

// A gateway that decides (exclusive or inclusive, more than one outgoing flow) is labelled as the
// question it answers, and its outgoing flows as the answers: "Plan approved?" -> "Yes" / "No".
module.exports = function() {
  function check(node, reporter) {
    if (!isAny(node, [ 'bpmn:ExclusiveGateway', 'bpmn:InclusiveGateway' ])) {
      return;
    }
    const outgoing = node.outgoing || [];
    if (outgoing.length < 2) {
      return;
    }
    const name = (node.name || '').trim();
    if (!name.endsWith('?')) {
      reporter.report(node.id, 'A deciding gateway is labelled as a question ending in "?"', [ 'name' ]);
    }
    outgoing.filter(flow => is(flow, 'bpmn:SequenceFlow') && !(flow.name || '').trim()).forEach(flow => {
      reporter.report(flow.id, `Flow leaving "${name}" needs the answer as its label`, [ 'name' ]);
    });
  }
  return { check };
};
