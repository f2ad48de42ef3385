// Walks every GET of the merged API document against a running platform and parses each JSON answer with the zod
// schemas generated from that document, as a frontend client that validates at run time would. Path parameters are
// filled from earlier answers: a list's first item gives the id of the single reads below it.
// Usage: node walk.mjs <compiled zod module> <document> <gateway URL> <bearer token> [folder to record answers in]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { answerSchema, loadSchemas } from './answer-schemas.mjs';

const [zodModule, documentFile, base, token, record] = process.argv.slice(2);
const schemas = await loadSchemas(zodModule);
const document = JSON.parse(readFileSync(documentFile, 'utf8'));
const isParameter = (segment) => /\{[^}]+\}/.test(segment);

// The GETs that answer JSON, fewest parameters first, so that lists come before what they list.
const reads = Object.entries(document.paths)
  .filter(([, item]) => item.get && item.get.responses?.['200']?.content?.['application/json'])
  .map(([path, item]) => ({ path, operation: item.get }))
  .sort((a, b) => a.path.split('{').length - b.path.split('{').length || a.path.localeCompare(b.path));

// Values found so far, by the path up to a parameter: /api/v1/accounts -> ids of accounts.
const found = new Map();
const remember = (path, body) => {
  const items = Array.isArray(body) ? body : Array.isArray(body?.items) ? body.items : null;
  const first = items?.find((item) => item && typeof item === 'object');
  if (first) {
    found.set(path, first);
  }
};

/** The path with each parameter filled from what the list above it answered, or null when nothing is known. */
const fill = (template) => {
  const segments = template.split('/');
  const filled = [...segments];
  for (let i = 0; i < segments.length; i++) {
    const match = segments[i].match(/\{([^}]+)\}/);
    if (!match) {
      continue;
    }
    const above = segments.slice(0, i).join('/');
    const name = match[1];
    const value = above === '/api/v1/accounts' ? richAccount() : valueOf(found.get(above), name) ?? fallback(name);
    if (value === undefined || value === null) {
      return null;
    }
    filled[i] = segments[i].replace(match[0], encodeURIComponent(String(value)));
  }
  return filled.join('/');
};

const valueOf = (item, name) => item?.[name] ?? item?.id ?? item?.[name.replace(/Id$/, '')];

// The top of the ranked portfolio: a key account, with a team, a DMU, relationships, a plan and reviews.
const richAccount = () => found.get('/api/v1/portfolio')?.accountId ?? found.get('/api/v1/accounts')?.id;

const fallback = (name) => {
  if (name === 'quarter') {
    const now = new Date();
    const quarter = Math.floor(now.getUTCMonth() / 3) + 1;
    return quarter === 1 ? `${now.getUTCFullYear() - 1}-Q4` : `${now.getUTCFullYear()}-Q${quarter - 1}`;
  }
  return name === 'accountId' ? richAccount() : undefined;
};

const requiredQuery = (operation) =>
  (operation.parameters ?? []).filter((p) => p.in === 'query' && p.required).map((p) => p.name);

if (record) {
  mkdirSync(record, { recursive: true });
}
let valid = 0;
const skipped = [];
const failures = [];
for (const { path, operation } of reads) {
  if (requiredQuery(operation).length > 0) {
    skipped.push(`${path}: needs ${requiredQuery(operation).join(', ')}`);
    continue;
  }
  const url = isParameter(path) ? fill(path) : path;
  if (url === null) {
    skipped.push(`${path}: nothing to fill its parameters from`);
    continue;
  }
  const answer = await fetch(base.replace(/\/$/, '') + url, {
    headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
  });
  if (answer.status !== 200) {
    skipped.push(`${url}: ${answer.status}`);
    continue;
  }
  const body = await answer.json();
  remember(path, body);
  const schema = answerSchema(schemas, operation.operationId);
  const result = schema ? schema.safeParse(body) : { success: false, error: { message: 'no zod schema' } };
  if (result.success) {
    valid++;
  } else {
    failures.push(`${url} (${operation.operationId}): ${result.error.message}`);
  }
  if (record) {
    const file = `${operation.operationId}.json`;
    writeFileSync(join(record, file), JSON.stringify({ operationId: operation.operationId, path: url, body }, null, 1));
  }
}
skipped.forEach((line) => console.log(`skipped ${line}`));
if (failures.length > 0) {
  console.error(`${failures.length} answers break the document:\n${failures.join('\n')}`);
  process.exit(1);
}
console.log(`${valid} GET answers parsed with the document's zod schemas, ${skipped.length} skipped`);
