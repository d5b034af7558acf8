/** `secbook` in a real pseudo-terminal: type keys, wait for text on screen, read the exit code. */
import { writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { spawn, type IPty } from 'node-pty';
import { stringify } from 'yaml';
import { BIN, runCli, tempDir } from './cli.js';
import { sessionChecklist } from './session-fixtures.js';

 
export const stripAnsi = (s: string) => s.replace(/\u001b\[[0-9;?]*[A-Za-z]|\u001b[()][0-9A-Za-z]|\u001b[=>78]/g, '');

export interface PtySession {
  pty: IPty;
  /** Waits until `text` appears in what was printed since the last wait, then returns. */
  waitFor: (text: string | RegExp, timeoutMs?: number) => Promise<void>;
  type: (keys: string) => void;
  exited: Promise<{ exitCode: number; signal?: number }>;
  raw: () => string;
  screen: () => string;
}

/** `entry` is the script Node runs: bin/secbook.js (the build in dist/) unless a test picks another build. */
export function startPty(args: string[], cwd: string, env: NodeJS.ProcessEnv = { NO_COLOR: '1' }, entry = BIN): PtySession {
  const pty = spawn(process.execPath, [entry, ...args], { cols: 80, rows: 24, cwd, env: { ...process.env, FORCE_COLOR: undefined, ...env } as unknown as Record<string, string> });
  let output = '';
  pty.onData((d) => (output += d));
  const exited = new Promise<{ exitCode: number; signal?: number }>((done) => pty.onExit(done));
  let seen = 0;
  const waitFor = async (want: string | RegExp, timeoutMs = 20_000) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const text = stripAnsi(output);
      const rest = text.slice(seen);
      const match = typeof want === 'string' ? (rest.includes(want) ? { index: rest.indexOf(want), length: want.length } : undefined) : (() => {
        const m = want.exec(rest);
        return m ? { index: m.index, length: m[0].length } : undefined;
      })();
      if (match) {
        seen += match.index + match.length;
        return;
      }
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${String(want)}; last output:\n${text.slice(-2500)}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  return { pty, waitFor, type: (keys) => pty.write(keys), exited, raw: () => output, screen: () => stripAnsi(output) };
}

/** A temp folder with a workbook made by `secbook init` and the test checklist beside it. */
export async function ptyProject(): Promise<string> {
  const dir = await tempDir('secbook-e2e-');
  const init = await runCli(['init', '--org', 'X', '--domain', 'x.example', '--yes'], { cwd: dir });
  if (init.code !== 0) throw new Error(`init failed: ${init.stderr}`);
  await mkdir(join(dir, 'checklists'));
  await writeFile(join(dir, 'checklists', 'test.yaml'), stringify(sessionChecklist()));
  return dir;
}
