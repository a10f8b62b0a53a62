#!/usr/bin/env node
// Deploys the processes folder to a running SkillGate: the files that differ from their latest
// deployed copy, whoever deployed it (an earlier run, the application's start-up, Camunda
// Modeler), as one deployment named "skillgate"; an identical file creates no version. The server checks
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

// Basic credentials on every call; the server answers 401 (wrong user or password), 429 (login
// throttled after wrong passwords: the password was not even checked) or 403 (not an admin).
const authorization = 'Basic ' + Buffer.from(`${user}:${password}`).toString('base64');

async function call(path, init = {}) {
  let response;
  try {
    response = await fetch(`${url}/engine-rest${path}`, { ...init, headers: { Authorization: authorization, ...init.headers } });
  } catch (error) {
    fail(`cannot reach ${url}: ${error.cause?.message || error.message}`);
  }
  if (response.status === 429) {
    const wait = response.headers.get('Retry-After');
    fail(`login throttled (HTTP 429): too many failed logins for ${user} from this machine; the password was not checked.`
      + ` Wait ${wait ? wait + ' s' : 'a while'}, then retry with the right password`);
  }
  if (response.status === 401) {
    fail('wrong user or password (HTTP 401): check SKILLGATE_USER and SKILLGATE_PASSWORD');
  }
  if (response.status === 403) {
    fail(`refused (HTTP 403): ${user} may not deploy: only members of camunda-admin may`);
  }
  return response;
}

async function json(path) {
  const response = await call(path);
  if (!response.ok) {
    fail(`GET ${path} answered HTTP ${response.status}: ${await response.text()}`);
  }
  return response.json();
}

function baseName(name) {
  return name.slice(name.lastIndexOf('/') + 1);
}

// The latest deployed copy of each file, whoever deployed it (this script, the application at
// start-up, Camunda Modeler, which names resources by file name only): the newest deployment
// holding a resource of the same path or file name.
async function latestDeployedCopies(names) {
  const latest = new Map();
  const page = 50;
  for (let first = 0; latest.size < names.length; first += page) {
    const deployments = await json(`/deployment?sortBy=deploymentTime&sortOrder=desc&firstResult=${first}&maxResults=${page}`);
    for (const deployment of deployments) {
      const resources = await json(`/deployment/${deployment.id}/resources`);
      for (const name of names) {
        if (latest.has(name)) {
          continue;
        }
        const resource = resources.find(r => r.name === name || baseName(r.name) === baseName(name));
        if (resource) {
          const data = await call(`/deployment/${deployment.id}/resources/${resource.id}/data`);
          latest.set(name, { deployment, bytes: Buffer.from(await data.arrayBuffer()) });
        }
      }
    }
    if (deployments.length < page) {
      break;
    }
  }
  return latest;
}

const local = new Map();
for (const file of files) {
  // The resource name is the path below processes/, as the start-up deployment names it.
  local.set(relative(folder, file).split(sep).join('/'), await readFile(file));
}
const deployed = await latestDeployedCopies([ ...local.keys() ]);
const changed = [ ...local.entries() ].filter(([ name, bytes ]) => !deployed.has(name) || !deployed.get(name).bytes.equals(bytes));

if (changed.length === 0) {
  console.log(`deploy: nothing deployed: all ${local.size} file(s) equal their latest deployed versions`);
  process.exit(0);
}

const form = new FormData();
form.append('deployment-name', DEPLOYMENT);
form.append('deployment-source', DEPLOYMENT);
// Compared above against the latest copy whoever deployed it; the engine's own filter would compare
// only with this script's deployments and could leave a Modeler's different copy in force.
form.append('deploy-changed-only', 'false');
for (const [ name, bytes ] of changed) {
  form.append(name, new Blob([ bytes ]), name);
}

const response = await call('/deployment/create', { method: 'POST', body: form });
const text = await response.text();
let body;
try {
  body = JSON.parse(text);
} catch {
  body = { message: text };
}

if (!response.ok) {
  const lines = [ `refused (HTTP ${response.status}), nothing deployed, the running versions stay in force:` ];
  let details = 0;
  for (const [ resource, report ] of Object.entries(body.details || {})) {
    for (const problem of report.errors || []) {
      details++;
      // SkillGate's own checks write whole sentences starting with the file and line.
      if (problem.message.startsWith(resource)) {
        lines.push(`  ${problem.message}`);
      } else {
        const element = problem.mainElementId ? ` element ${problem.mainElementId}` : '';
        const line = problem.line ? ` line ${problem.line}` : '';
        lines.push(`  ${resource}${element}${line}: ${problem.message}`);
      }
    }
  }
  if (details === 0) {
    lines.push(`  ${body.message || text}`);
  }
  fail(lines.join('\n'));
}

const created = Object.values(body.deployedProcessDefinitions || {}).map(d => `process ${d.key} v${d.version}`)
  .concat(Object.values(body.deployedDecisionDefinitions || {}).map(d => `decision ${d.key} v${d.version}`));
console.log(`deploy: deployment ${body.id} of ${changed.length} changed file(s) (${changed.map(([ n ]) => n).join(', ')})`
  + (created.length > 0 ? ` created ${created.join(', ')}` : ''));
