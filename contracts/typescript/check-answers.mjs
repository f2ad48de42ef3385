// Parses recorded real answers of the platform with the zod schemas generated from the merged API document, as a
// frontend client that validates at run time would: each recording names its operation, and its body must parse.
// Usage: node check-answers.mjs <compiled zod module> <folder of recordings>
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { answerSchema, loadSchemas } from './answer-schemas.mjs';

const [zodModule, recordings] = process.argv.slice(2);
const schemas = await loadSchemas(zodModule);
let parsed = 0;
const failures = [];
for (const file of readdirSync(recordings).filter((f) => f.endsWith('.json')).sort()) {
  const recording = JSON.parse(readFileSync(join(recordings, file), 'utf8'));
  const schema = answerSchema(schemas, recording.operationId);
  if (!schema) {
    failures.push(`${file}: no zod schema for the answer of ${recording.operationId}`);
    continue;
  }
  const result = schema.safeParse(recording.body);
  if (result.success) {
    parsed++;
  } else {
    failures.push(`${file} (${recording.operationId} ${recording.path}): ${result.error.message}`);
  }
}
if (failures.length > 0) {
  console.error(`${failures.length} recorded answers break the merged document:\n${failures.join('\n')}`);
  process.exit(1);
}
if (parsed === 0) {
  console.error(`no recordings in ${recordings}`);
  process.exit(1);
}
console.log(`zod parsed all ${parsed} recorded answers of the demo`);
