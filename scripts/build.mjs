// Bundles src/cli/main.ts into dist/ with esbuild. Dependencies stay external and every
// command is a separate chunk loaded by dynamic import(), so `secbook --version` loads
// almost nothing (see README "Performance").
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

await build({
  entryPoints: { main: 'src/cli/main.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  jsx: 'automatic',
  sourcemap: 'linked',
  logLevel: 'warning',
  define: { __SECBOOK_VERSION__: JSON.stringify(pkg.version) },
});
