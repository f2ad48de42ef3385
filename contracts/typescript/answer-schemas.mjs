// The zod schema of an operation's answer, as Hey API's zod plugin names it: z<OperationId>Response.
import { pathToFileURL } from 'node:url';

/** The compiled module of zod schemas (target/zod-js/zod.gen.js, made by ./zod). */
export const loadSchemas = (module) => import(pathToFileURL(module).href);

/** The schema of the 200 answer of `operationId`, or undefined when the document has none. */
export const answerSchema = (schemas, operationId) =>
  schemas[`z${operationId.charAt(0).toUpperCase()}${operationId.slice(1)}Response`];
