// Hey API's generator makes zod schemas of the merged document: the runtime validation a frontend client would use.
export default {
  input: process.env.KAM_API_DOCUMENT ?? '../../gateway/openapi/kam-platform.json',
  output: { path: 'target/zod', clean: true },
  plugins: ['zod'],
};
