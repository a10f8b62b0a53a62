// SkillGate's own bpmnlint rules (docs/models.md; the shared conventions are in conventions.json, which
// ModelConventionsTest reads too). Enabled in ../.bpmnlintrc.
module.exports = {
  configs: {
    recommended: {
      rules: {
        'element-id-prefix': 'error',
        'process-id': 'error',
        'sentence-case-label': 'error',
        'gateway-question': 'error',
        'history-time-to-live': 'error',
        'no-unknown-extensions': 'error'
      }
    }
  },
  rules: {
    'element-id-prefix': './rules/element-id-prefix',
    'process-id': './rules/process-id',
    'sentence-case-label': './rules/sentence-case-label',
    'gateway-question': './rules/gateway-question',
    'history-time-to-live': './rules/history-time-to-live',
    'no-unknown-extensions': './rules/no-unknown-extensions'
  }
};
