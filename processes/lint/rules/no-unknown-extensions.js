// Camunda Modeler and the engine understand BPMN plus the camunda: and modeler: extensions.
// Anything else (attributes or extension elements of another vendor's namespace, typos of
// camunda: names) is silently ignored by the engine: the model would not do what it says.
const KNOWN_PREFIXES = [ 'bpmn', 'bpmndi', 'dc', 'di', 'camunda', 'modeler', 'xsi', 'xmlns' ];

module.exports = function() {
  function check(node, reporter) {
    const attrs = node.$attrs || {};
    Object.keys(attrs).forEach(key => {
      const prefix = key.includes(':') ? key.split(':')[0] : null;
      if (prefix === 'xmlns' || key === 'xmlns') {
        return;
      }
      // The Modeler's own attributes on <definitions> (modeler:executionPlatform...) arrive here
      // as the modeler moddle is not loaded; they are known. A camunda: attribute arrives here
      // only when the camunda moddle does not know it: a typo.
      if (prefix && KNOWN_PREFIXES.includes(prefix) && prefix !== 'camunda') {
        return;
      }
      reporter.report(node.id, `Unknown attribute "${key}"`, [ key ]);
    });
    const values = (node.extensionElements && node.extensionElements.values) || [];
    values.forEach(value => {
      const type = value.$type || '';
      // Elements of a package moddle does not know are "generic": kept, but meaningless to the engine.
      const known = type.startsWith('camunda:') && value.$descriptor && !value.$descriptor.isGeneric;
      if (!known) {
        reporter.report(node.id, `Unknown extension element <${type}>`, [ 'extensionElements' ]);
      }
    });
  }
  return { check };
};
