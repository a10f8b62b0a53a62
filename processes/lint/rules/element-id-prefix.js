const { is } = require('bpmnlint-utils');

// Ids name the element's type, so logs, incidents and migration reports are readable:
// UserTask_ApprovePhaseGate, Gateway_AssessmentPassed, SequenceFlow_AssessmentPassedNo.
// The most specific type comes first.
const PREFIXES = [
  [ 'bpmn:UserTask', 'UserTask_' ],
  [ 'bpmn:ServiceTask', 'ServiceTask_' ],
  [ 'bpmn:BusinessRuleTask', 'BusinessRuleTask_' ],
  [ 'bpmn:SendTask', 'SendTask_' ],
  [ 'bpmn:ReceiveTask', 'ReceiveTask_' ],
  [ 'bpmn:ScriptTask', 'ScriptTask_' ],
  [ 'bpmn:CallActivity', 'CallActivity_' ],
  [ 'bpmn:SubProcess', 'SubProcess_' ],
  [ 'bpmn:StartEvent', 'StartEvent_' ],
  [ 'bpmn:EndEvent', 'EndEvent_' ],
  [ 'bpmn:BoundaryEvent', 'BoundaryEvent_' ],
  [ 'bpmn:IntermediateCatchEvent', 'IntermediateCatchEvent_' ],
  [ 'bpmn:IntermediateThrowEvent', 'IntermediateThrowEvent_' ],
  [ 'bpmn:Gateway', 'Gateway_' ],
  [ 'bpmn:SequenceFlow', 'SequenceFlow_' ],
  [ 'bpmn:Error', 'Error_' ],
  [ 'bpmn:Message', 'Message_' ],
  [ 'bpmn:Signal', 'Signal_' ]
];

module.exports = function() {
  function check(node, reporter) {
    const match = PREFIXES.find(([ type ]) => is(node, type));
    if (!match) {
      return;
    }
    const [ , prefix ] = match;
    const rest = (node.id || '').slice(prefix.length);
    if (!node.id || !node.id.startsWith(prefix) || !/^[A-Z][A-Za-z0-9]*$/.test(rest)) {
      reporter.report(node.id, `Id must be ${prefix}<PascalCaseName>`, [ 'id' ]);
    }
  }
  return { check };
};
