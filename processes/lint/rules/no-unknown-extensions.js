// Camunda Modeler and the engine understand BPMN plus the camunda: and modeler: extensions.
// Anything else (attributes or extension elements of another vendor's namespace, typos of
// camunda: names) is silently ignored by the engine: the model would not do what it says.
const KNOWN_PREFIXES = [ 'bpmn', 'bpmndi', 'dc', 'di', 'camunda', 'modeler', 'xsi', 'xmlns' ];
const KNOWN_NAMESPACES = [
  'http://www.omg.org/spec/BPMN/20100524/MODEL',
  'http://camunda.org/schema/1.0/bpmn',
  'http://camunda.org/schema/modeler/1.0',
  'http://www.w3.org/2001/XMLSchema-instance'
];

module.exports = function() {
  function check(node, reporter) {
    const attrs = node.$attrs || {};
    Object.keys(attrs).forEach(key => {
      const prefix = key.includes(':') ? key.split(':')[0] : null;
      if (prefix === 'xmlns' || key === 'xmlns') {
        return;
      }
      // The Modeler's own attributes on <definitions> (modeler:executionPlatform...) arrive here
      // unless the modeler moddle is loaded; they are known.
      if (prefix && KNOWN_PREFIXES.includes(prefix) && (prefix !== 'camunda')) {
        return;
      }
      reporter.report(node.id, `Unknown attribute "${key}"`, [ key ]);
    });
    const values = (node.extensionElements && node.extensionElements.values) || [];
    values.forEach(value => {
      const type = value.$type || '';
      const known = type.startsWith('camunda:') && value.$descriptor && !value.$descriptor.isGeneric;
      if (!known && !KNOWN_NAMESPACES.includes(value.$descriptor && value.$descriptor.ns && value.$descriptor.ns.uri)) {
        reporter.report(node.id, `Unknown extension element <${type}>`, [ 'extensionElements' ]);
      }
    });
  }
  return { check };
};
