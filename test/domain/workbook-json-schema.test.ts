import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { workbookJsonSchema } from '../../src/domain/workbook-json-schema.js';
import { ROOT } from '../helpers/cli.js';

describe('schema/workbook.schema.json', () => {
  it('is up to date with the zod schema (run `npm run schema` after changing it)', async () => {
    const shipped = JSON.parse(await readFile(join(ROOT, 'schema', 'workbook.schema.json'), 'utf8')) as unknown;
    expect(shipped).toEqual(workbookJsonSchema());
  });

  it('describes answers and rejects unknown top-level keys', () => {
    const schema = workbookJsonSchema() as { properties: Record<string, unknown>; additionalProperties: unknown; required: string[] };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['format', 'organisation', 'scope', 'answers']));
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(expect.arrayContaining(['format', 'organisation']));
  });
});
