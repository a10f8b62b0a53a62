// SkillGate's configuration of Camunda Tasklist. This file replaces the webjar's own config.js
// (an application's classpath wins); keys not set here keep Camunda's defaults.
// Each block below belongs to one concern: keep them apart.

export default {
  // --- SkillGate shell: name, dashboard link, no end-of-life banner (scripts/skillgate-shell.js,
  // styles/user-styles.css) ---
  app: {
    name: 'Tasklist',
    vendor: 'SkillGate'
  },
  disableWelcomeMessage: true,
  customScripts: ['scripts/skillgate-shell.js'],
  // --- end of SkillGate shell ---

  // Camunda's default keyboard shortcuts, kept as they were.
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opens the start process modal dialog'
    }
  }
};
