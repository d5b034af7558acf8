// Run by scripts/build.mjs after a fast-start build: dist/vendor-zod.js and
// dist/vendor-yaml.js re-export what the core bundle holds under the packages' names. A
// name the bundle lacks would be `undefined` at run time; here it fails the build.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const dist = process.argv[2];
if (!dist) throw new Error('usage: check-reexports.mjs <dist folder>');
for (const [file, pkg] of [['vendor-zod.js', 'zod'], ['vendor-yaml.js', 'yaml']]) {
  const built = await import(pathToFileURL(join(dist, file)).href);
  const real = await import(pkg);
  const wrong = Object.keys(real).filter((n) => n !== 'default' && typeof built[n] !== typeof real[n]);
  if (wrong.length) throw new Error(`fast-start: ${file} lacks or mistypes ${pkg}'s ${wrong.join(', ')} (see UPGRADING.md)`);
}
