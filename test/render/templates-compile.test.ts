// Built-in templates and partials compile on first use (a render compiles only what its
// documents use), so this checks that every one of them compiles with secbook's helpers,
// including those no document uses yet.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { noticeTemplates } from '../../src/incidents/notice-templates.js';
import { createTemplateEnv } from '../../src/render/handlebars-env.js';

describe('built-in templates', () => {
  it('all compile, documents and notices', () => {
    for (const env of [createTemplateEnv(), noticeTemplates()]) {
      expect(env.sources().filter((s) => s.kind !== 'css').length).toBeGreaterThan(3);
      expect(() => env.compileAll()).not.toThrow();
    }
  });

  it('compileAll names a template that does not compile', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'secbook-templates-'));
    try {
      await mkdir(join(dir, 'partials'));
      await writeFile(join(dir, 'partials', 'ok.hbs'), '<p>{{title}}</p>\n');
      await writeFile(join(dir, 'broken.hbs'), '<h1>{{title}}</h1>\n{{nosuchhelper title}}\n');
      const env = createTemplateEnv({ builtInDir: dir, cwd: dir });
      expect(() => env.compileAll()).toThrow(/broken\.hbs:2:\d+ unknown helper "nosuchhelper"/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
