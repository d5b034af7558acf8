// Run by scripts/build.mjs in a fresh Node process: loads ink + React (dist/vendor-ink.js,
// src/fast-start/load-bundle.ts), checks it exports what src/fast-start/tui-vendor.ts does, and draws a few
// frames like the TUI's into an off-screen terminal, with a key press, so that the code
// cache written when this process exits holds the functions a first frame compiles.
import { PassThrough, Writable } from 'node:stream';

import { pathToFileURL } from 'node:url';

// The built dist/vendor-ink.js (scripts/build.mjs passes its path).
const vendor = await import(pathToFileURL(process.argv[2] ?? new URL('../../dist/vendor-ink.js', import.meta.url).pathname).href);
const missing = Object.entries(vendor).filter(([, value]) => value === undefined).map(([name]) => name);
if (missing.length) throw new Error(`dist/tui-vendor.body.js does not export ${missing.join(', ')} (src/fast-start/tui-vendor.ts)`);

const { Box, Text, render, useInput, useState, useEffect, useMemo, jsx, jsxs } = vendor;

class Screen extends Writable {
  columns = 80;
  rows = 24;
  isTTY = true;
  frames = 0;
  _write(_chunk, _encoding, done) {
    this.frames++;
    done();
  }
}
const stdout = new Screen();
const stdin = Object.assign(new PassThrough(), { isTTY: true, setRawMode() {}, ref() {}, unref() {} });

const rows = Array.from({ length: 40 }, (_, i) => `${['✓', '◐', '✗', '–', '·'][i % 5]} Item ${i}: is control ${i} in place, documented — and reviewed this quarter?`);
function Warm() {
  const [cursor, setCursor] = useState(0);
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  useInput((input, key) => {
    if (input === 'j' || key.downArrow) setCursor((c) => c + 1);
  });
  const visible = useMemo(() => rows.slice(cursor, cursor + 16), [cursor]);
  return jsxs(Box, {
    flexDirection: 'column',
    width: 80,
    children: [
      jsx(Text, { bold: true, children: `secbook · Warm-up · ${cursor}/40 answered · score 0%` }),
      jsxs(Box, { borderStyle: 'round', flexDirection: 'column', paddingX: 1, children: [
        jsx(Text, { dimColor: true, wrap: 'truncate-end', children: '━'.repeat(30) + '░'.repeat(30) }),
        ...visible.map((row, i) => jsx(Text, { inverse: i === 0, color: i % 2 ? 'green' : undefined, wrap: 'truncate-end', children: row }, row)),
      ] }),
      jsx(Text, { wrap: 'wrap', children: `Why: ${'Guidance that wraps over several lines of the item view. '.repeat(4)}` }),
      jsx(Text, { dimColor: true, children: ready ? 'q quit  ? help  ↑↓ move  Enter open' : '' }),
    ],
  });
}

const app = render(jsx(Warm, {}), { stdout, stdin, stderr: stdout, exitOnCtrlC: false, patchConsole: false, maxFps: 1000 });
const tick = () => new Promise((done) => setTimeout(done, 5));
for (let i = 0; i < 10; i++) {
  await tick();
  stdin.write(i % 2 ? 'j' : '\u001b[B');
}
await tick();
app.unmount();
await app.waitUntilExit();
if (stdout.frames === 0) throw new Error('the warm-up drew nothing');
