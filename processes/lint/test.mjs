// Checks that SkillGate's lint rules catch what they are for: each case breaks the committed
// contract model in one way and expects bpmnlint (with ../.bpmnlintrc) to report that rule.
// Run: npm --prefix processes run test:lint
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const processes = fileURLToPath(new URL('..', import.meta.url));
const model = readFileSync(join(processes, 'contract/ContractProgrammeProcess.bpmn'), 'utf8');
const bpmnlint = join(processes, 'node_modules/bpmnlint/bin/bpmnlint.js');

const cases = [
  [ 'skillgate/element-id-prefix', m => m.replaceAll('ServiceTask_RecordPlanAgreed', 'Activity_0x1') ],
  // Root elements too (conventions.json lists Error_, Message_ and Signal_).
  [ 'skillgate/element-id-prefix', m => m.replaceAll('Message_ContractTerminated', 'Msg_ContractTerminated') ],
  [ 'skillgate/process-id', m => m.replaceAll('ContractProgrammeProcess', 'contractProgramme') ],
  [ 'skillgate/sentence-case-label', m => m.replace('name="Record plan agreed"', 'name="record plan agreed"') ],
  [ 'skillgate/gateway-question', m => m.replace('name="Plan approved?"', 'name="Plan approved"') ],
  [ 'skillgate/history-time-to-live', m => m.replace('camunda:historyTimeToLive="P1825D"', '') ],
  [ 'skillgate/no-unknown-extensions', m => m.replace('camunda:delegateExpression="${reopenPlanDelegate}"',
    'camunda:delegateExpresion="${reopenPlanDelegate}"') ],
  [ 'no-bpmndi', m => m.replace(/<bpmndi:BPMNShape id="ServiceTask_ReopenPlan_di"[\s\S]*?<\/bpmndi:BPMNShape>/, '') ]
];

const dir = mkdtempSync(join(tmpdir(), 'skillgate-lint-'));
let failed = 0;
try {
  const clean = join(dir, 'clean.bpmn');
  writeFileSync(clean, model);
  execFileSync(process.execPath, [ bpmnlint, clean ], { cwd: processes, encoding: 'utf8' });
  for (const [ rule, breakIt ] of cases) {
    const broken = breakIt(model);
    const file = join(dir, rule.replace('/', '-') + '.bpmn');
    writeFileSync(file, broken);
    let output = '';
    try {
      execFileSync(process.execPath, [ bpmnlint, file ], { cwd: processes, encoding: 'utf8' });
    } catch (error) {
      output = error.stdout + error.stderr;
    }
    const ok = broken !== model && output.includes(rule);
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${rule}`);
    failed += ok ? 0 : 1;
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
if (failed > 0) {
  console.error(`${failed} lint rule(s) did not report their problem`);
  process.exit(1);
}
