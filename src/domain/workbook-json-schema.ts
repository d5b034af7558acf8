/** The workbook schema as JSON Schema, for editors (`# yaml-language-server: $schema=…`). */
import { z } from 'zod';
import { workbookSchema } from './workbook-schema.js';

export function workbookJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(workbookSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    ...schema,
    $id: 'https://secbook.dev/schema/workbook.schema.json',
    title: 'secbook workbook',
    description: 'Answers to the secbook checklists, keyed by item id. Generated from src/domain/workbook-schema.ts by `npm run schema`.',
  };
}
