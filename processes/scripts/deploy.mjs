#!/usr/bin/env node
// Deploys the processes folder to a running SkillGate, like the application does at start-up:
// one deployment named "skillgate" (source "skillgate"), changed files only. The server checks
// the models (delegate beans, forms, historyTimeToLive, DMN) and refuses the whole deployment,
// naming file and element, if one is broken; the running versions then stay in force.
//
//   SKILLGATE_URL=http://localhost:8080 SKILLGATE_USER=admin SKILLGATE_PASSWORD=... npm --prefix processes run deploy
//
// Node 20 built-ins only (fetch, FormData, Blob): nothing to install on a CI or admin machine.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const MODEL = /\.(bpmn|dmn|form)$/;
const SKIP = new Set([ 'node_modules', 'lint', 'scripts' ]);
const DEPLOYMENT = 'skillgate'; // must match ProcessesDeployer: duplicate filtering compares name AND source

const folder = process.argv[2] || fileURLToPath(new URL('..', import.meta.url));
const url = (process.env.SKILLGATE_URL || 'http://localhost:8080').replace(/\/$/, '');
const user = process.env.SKILLGATE_USER;
const password = process.env.SKILLGATE_PASSWORD;

async function models(dir) {
  const found = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && !SKIP.has(entry.name) && !entry.name.startsWith('.')) {
      found.push(...await models(path));
    } else if (entry.isFile() && MODEL.test(entry.name)) {
      found.push(path);
    }
  }
  return found.sort();
}

function fail(message) {
  console.error(`deploy: ${message}`);
  process.exit(1);
}

if (!user || !password) {
  fail('set SKILLGATE_USER and SKILLGATE_PASSWORD (a member of camunda-admin)');
}

const files = await models(folder);
if (files.length === 0) {
  fail(`no .bpmn, .dmn or .form files in ${folder}`);
}

const form = new FormData();
form.append('deployment-name', DEPLOYMENT);
form.append('deployment-source', DEPLOYMENT);
form.append('deploy-changed-only', 'true');
for (const file of files) {
  // The resource name is the path below processes/, as the start-up deployment names it.
  const name = relative(folder, file).split(sep).join('/');
  form.append(name, new Blob([ await readFile(file) ]), name);
}

let response;
try {
  response = await fetch(`${url}/engine-rest/deployment/create`, {
    method: 'POST',
    headers: { Authorization: 'Basic ' + Buffer.from(`${user}:${password}`).toString('base64') },
    body: form
  });
} catch (error) {
  fail(`cannot reach ${url}: ${error.cause?.message || error.message}`);
}

const text = await response.text();
let body;
try {
  body = JSON.parse(text);
} catch {
  body = { message: text };
}

if (!response.ok) {
  const lines = [ `refused (HTTP ${response.status}): ${body.message || text}` ];
  for (const [ resource, report ] of Object.entries(body.details || {})) {
    for (const problem of report.errors || []) {
      const element = problem.mainElementId ? ` element ${problem.mainElementId}` : '';
      const line = problem.line ? ` line ${problem.line}` : '';
      lines.push(`  ${resource}${element}${line}: ${problem.message}`);
    }
  }
  if (response.status === 401) {
    lines.push('  check SKILLGATE_USER and SKILLGATE_PASSWORD');
  } else if (response.status === 403) {
    lines.push(`  ${user} may not deploy: only members of camunda-admin may`);
  }
  fail(lines.join('\n'));
}

const created = Object.values(body.deployedProcessDefinitions || {}).map(d => `process ${d.key} v${d.version}`)
  .concat(Object.values(body.deployedDecisionDefinitions || {}).map(d => `decision ${d.key} v${d.version}`));
console.log(created.length > 0
  ? `deploy: deployment ${body.id} created ${created.join(', ')}`
  : `deploy: deployment ${body.id}: no process or decision changed (${files.length} file(s) checked)`);
