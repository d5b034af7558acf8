// Regenerates schema/workbook.schema.json from the zod schema (npm run schema).
import { build } from 'esbuild';
import { mkdir, writeFile, rm } from 'node:fs/promises';

const out = new URL('../dist/schema-gen.mjs', import.meta.url);
await build({
  entryPoints: ['src/domain/workbook-json-schema.ts'],
  bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile: out.pathname, logLevel: 'error',
});
const { workbookJsonSchema } = await import(out.href);
await mkdir(new URL('../schema/', import.meta.url), { recursive: true });
await writeFile(new URL('../schema/workbook.schema.json', import.meta.url), `${JSON.stringify(workbookJsonSchema(), null, 2)}\n`);
await rm(out);
console.log('wrote schema/workbook.schema.json');
