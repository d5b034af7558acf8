/**
 * Every shell example in README.md and docs/*.md runs as written (docs/development.md,
 * "Examples in the docs"). Each ```sh block gets a fresh team folder holding a copy of
 * examples/acme (workbook.yaml at its root) and runs its commands in order, with `secbook`
 * on the PATH as this checkout's bin/secbook.js and the clock pinned (SECBOOK_NOW), so ids
 * and review periods in the text are the ones a reader gets. Each command must exit 0, or
 * the code its comment states as "(exit N …)", without a stack trace.
 *
 * - ```sh tty blocks run each command in a real pseudo-terminal (node-pty); an interactive
 *   command is answered by the script for it in INTERACTIONS below.
 * - ```sh dns blocks run `secbook scan` against a DNS server on loopback (and an HTTPS server
 *   for MTA-STS) that serves the domains the examples name.
 * - ```text blocks are not run. Lines starting with `npm` are not run here: they act on the
 *   project, not on a team folder, and CI runs `npm ci` and `npm test` itself (.ci/run).
 *
 * The links between the docs, and the docs sections that messages point users to, are
 * checked here too.
 */
import { spawn as spawnPty } from 'node-pty';
import { spawn, spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import MarkdownIt from 'markdown-it';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BIN, ROOT, tempDir } from '../helpers/cli.js';
import { startDnsServer, type DnsServer, type Zone } from '../helpers/dns-server.js';
import { buildZone } from '../helpers/dns-scan-world.js';
import { makePki, serve, startHttpsServer, type HttpsServer, type Pki } from '../helpers/https-server.js';
import { stripAnsi } from '../helpers/session-pty.js';

/** The date the examples are written for (review 2027-Q1, incident INC-2027-001…). */
const NOW = '2027-02-15T09:00:00Z';
const DOC_FILES = ['README.md', ...readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).sort().map((f) => `docs/${f}`)];

interface Command {
  text: string;
  line: number;
  exit: number;
}
interface Block {
  file: string;
  line: number;
  mode: 'plain' | 'tty' | 'dns';
  commands: Command[];
}

const markdown = new MarkdownIt();

/** The ```sh blocks of a file, split into commands (continuation lines and heredocs kept whole). */
function shellBlocks(file: string): Block[] {
  const blocks: Block[] = [];
  for (const token of markdown.parse(readFileSync(join(ROOT, file), 'utf8'), {})) {
    if (token.type !== 'fence') continue;
    const [lang, ...flags] = token.info.trim().split(/\s+/);
    if (lang !== 'sh') continue;
    const unknown = flags.filter((f) => f !== 'tty' && f !== 'dns');
    if (unknown.length) throw new Error(`${file}:${token.map![0] + 1}: unknown block marker ${unknown.join(' ')} (use "sh", "sh tty" or "sh dns")`);
    const mode = flags.includes('tty') ? 'tty' : flags.includes('dns') ? 'dns' : 'plain';
    blocks.push({ file, line: token.map![0] + 1, mode, commands: splitCommands(token.content, token.map![0] + 2) });
  }
  return blocks;
}

function splitCommands(content: string, firstLine: number): Command[] {
  const lines = content.replace(/\n$/, '').split('\n');
  const commands: Command[] = [];
  for (let i = 0; i < lines.length; i++) {
    const start = i;
    const parts = [lines[i]!];
    while (/\\$/.test(parts.at(-1)!) && i + 1 < lines.length) parts.push(lines[++i]!);
    const heredoc = /<<-?\s*'?(\w+)'?/.exec(parts.join('\n'));
    if (heredoc) while (i + 1 < lines.length && parts.at(-1)!.trim() !== heredoc[1]) parts.push(lines[++i]!);
    const text = parts.join('\n');
    if (text.trim() === '' || text.trim().startsWith('#') || /^npm\s/.test(text.trim())) continue;
    const exit = /#[^\n]*\(exit (\d+)\b[^)]*\)\s*$/.exec(parts[0]!.includes('<<') ? parts[0]! : parts.at(-1)!);
    commands.push({ text, line: firstLine + start, exit: exit ? Number(exit[1]) : 0 });
  }
  return commands;
}

// ── Interactive commands, answered as a person would ────────────────────────────────────
interface Pty {
  answer: (prompt: string | RegExp, keys: string) => Promise<void>;
  /** Waits for whichever of the prompts comes first, answers it, and returns its index. */
  choose: (choices: [prompt: string, keys: string][]) => Promise<number>;
}
const ENTER = '\r';
const DOWN = '\u001b[B';
const UP = '\u001b[A';
const CTRL_U = '\u0015';

const answerInit = async (s: Pty) => {
  await s.answer('Organisation name', `${CTRL_U}Acme Team${ENTER}`);
  await s.answer('Domains you send email from', `acme-team.example${ENTER}`);
  await s.answer('Legal name', `Acme Team Ltd${ENTER}`);
  await s.answer('Time zone for deadlines', `${CTRL_U}Europe/Dublin${ENTER}`);
  await s.answer('Who approves the policies?', `Dana Reyes${ENTER}`);
  await s.answer("Dana Reyes's role", `Head of Security${ENTER}`);
  await s.answer('EU/EEA?', `y${ENTER}`);
  await s.answer('UK?', `n${ENTER}`);
  await s.answer('controller, a processor, or both?', ENTER);
  await s.answer('California residents?', `n${ENTER}`);
  await s.answer('protected health information (PHI)?', `n${ENTER}`);
  await s.answer('US states', ENTER);
  await s.answer('Languages your email-sending code', ` ${ENTER}`);
  await s.answer('Email libraries', ` ${ENTER}`);
  await s.answer('Email service providers', `${DOWN} ${ENTER}`);
  await s.answer('marketing or newsletter', `n${ENTER}`);
  await s.answer('mobile apps', `n${ENTER}`);
  await s.answer('attachments or files', `n${ENTER}`);
  await s.answer(/Created \S*workbook\.yaml/, '');
  await s.answer('GDPR (EU): applies', '');
  await s.answer('CCPA/CPRA (California): does not apply', '');
};

/** The TUI: wait for its first screen (the footer), quit with q. */
const quitTui = async (s: Pty) => {
  await s.answer('q quit', 'q');
  await s.answer('Every answer is saved', '');
};

const INTERACTIONS: { command: RegExp; exit?: number; run: (s: Pty) => Promise<void> }[] = [
  { command: /^secbook init( [\w./-]+)?\s*(#.*)?$/, run: answerInit },
  // `secbook` alone, or `secbook run …` other than --plain: the full-screen session.
  { command: /^secbook(\s*(#.*)?$|\s+run\b(?!.*--plain))/, run: quitTui },
  {
    // One question at a time; Ctrl-C leaves (exit 130) with every answer given on disk.
    command: /^secbook run --plain\b/,
    exit: 130,
    run: async (s) => {
      // Wait for the prompt itself (the item text above it may contain a question mark too).
      await s.answer(/^\? (Status|Still true|[A-Z][^\n]*\(y\/N\))/m, '\u0003');
    },
  },
  {
    command: /^secbook incident new( -w [\w./-]+)?\s*(#.*)?$/,
    run: async (s) => {
      await s.answer('Title (one line)', `Support mailbox exposed${ENTER}`);
      await s.answer('Internal notes', `A shared mailbox password leaked.${ENTER}`);
      await s.answer('What happened, in plain words', `Someone signed in to a support mailbox with a leaked password.${ENTER}`);
      await s.answer('become aware of it', `now${ENTER}`);
      await s.answer('When was it discovered', `now${ENTER}`);
      await s.answer('When did it happen?', ENTER);
      await s.answer('What data was involved?', ` ${ENTER}`);
      await s.answer('Was the data encrypted?', `${UP}${ENTER}`); // from "unknown" up to "no"
      await s.answer('People affected per jurisdiction', `EU=40${ENTER}`);
      // The GDPR and HIPAA role questions come only when the workbook's scope does not settle them.
      while ((await s.choose([['Your GDPR role', ENTER], ['Your HIPAA role', ENTER], ['Under US state laws', ENTER]])) !== 2);
      await s.answer('GDPR risk to people', ENTER);
      await s.answer('Likely consequences', ENTER);
      await s.answer('What you are doing', ENTER);
      await s.answer('What the people affected can do', ENTER);
      await s.answer('Playbook followed', ENTER);
      await s.answer(/Created \S*incidents\/INC-\d{4}-\d{3}\.yaml/, '');
    },
  },
];

// ── Running ──────────────────────────────────────────────────────────────────────────────
let shims: string;
let world: { dns: DnsServer; https: HttpsServer; pki: Pki } | undefined;

beforeAll(async () => {
  const shim = (dir: string, extra: string) => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'secbook'), `#!/bin/sh\n${extra}exec "${process.execPath}" "${BIN}" "$@"\n`);
    chmodSync(join(dir, 'secbook'), 0o755);
  };
  shims = mkdtempSync(join(tmpdir(), 'secbook-docs-bin-'));
  shim(shims, '');
  // The dns shim points `secbook scan` at the loopback world (the last --resolver wins).
  world = await startWorld();
  shim(
    join(shims, 'dns'),
    `if [ "$1" = scan ]; then set -- "$@" --resolver ${world.dns.address} --timeout 2s --ca-file "${world.pki.caFile}" --https-port ${world.https.port}; fi\n`,
  );
});

afterAll(async () => {
  if (shims) rmSync(shims, { recursive: true, force: true });
  await Promise.all([world?.dns.close(), world?.https.close()]);
  world?.pki.cleanup();
});

/** The domains the scan examples name, each served as the scanner tests' all-good domain. */
async function startWorld() {
  const names = ['example.com', 'a.example', 'b.example', 'acme-health.example', 'mail.acme-health.example'];
  const good = buildZone({ k2048: '', k1024: '', k512: '' });
  const zone: Zone = {};
  const key = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
  for (const [name, records] of Object.entries(good)) {
    if (!name.endsWith('good.test') && !name.includes('provider.test') && !name.includes('vendor.test')) {
      zone[name] = records;
      continue;
    }
    for (const domain of names) zone[name.replaceAll('good.test', domain)] = JSON.parse(JSON.stringify(records).replaceAll('good.test', domain));
  }
  for (const domain of names) {
    // sel1, google and s2 as the examples name them; ses1–3 and pm20250411 as the example workbook records them.
    for (const selector of ['sel1', 'google', 's1', 's2', 'k1', 'ses1', 'ses2', 'ses3', 'pm20250411']) zone[`${selector}._domainkey.${domain}`] = [{ type: 'TXT', data: `v=DKIM1; k=rsa; p=${key}`.match(/.{1,255}/g)! }];
  }
  const dns = await startDnsServer(zone);
  const pki = makePki();
  const policy = (domain: string) => `version: STSv1\nmode: enforce\nmx: *.${domain}\nmax_age: 1209600\n`;
  const https = await startHttpsServer(Object.fromEntries(names.map((d) => [`mta-sts.${d}`, { ...pki.issue(`mta-sts.${d}`), handle: serve(policy(d)) }])));
  return { dns, https, pki };
}

async function teamFolder(): Promise<string> {
  const dir = await tempDir('secbook-docs-team-');
  cpSync(join(ROOT, 'examples', 'acme'), dir, { recursive: true });
  return dir;
}

const env = (bin: string): NodeJS.ProcessEnv => ({
  ...process.env,
  PATH: `${bin}:${process.env.PATH}`,
  SECBOOK_NOW: NOW,
  NO_COLOR: '1',
  FORCE_COLOR: undefined,
  USER: 'dana',
});

const STACK = /^\s+at .+:\d+:\d+\)?$/m;
const where = (block: Block, command: Command) => `${block.file}:${command.line}: ${command.text.split('\n')[0]}`;

/** Runs one command without a terminal. Asynchronous: the DNS and HTTPS servers live in this process. */
async function runPlain(block: Block, command: Command, cwd: string, bin: string) {
  const child = spawn('bash', ['-o', 'pipefail', '-c', command.text], { cwd, env: env(bin), stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const timer = setTimeout(() => child.kill(), 180_000);
  const code = await new Promise<number | null>((done) => child.on('close', done));
  clearTimeout(timer);
  expect(code, `${where(block, command)}\n${output.slice(-3000)}`).toBe(command.exit);
  expect(output, where(block, command)).not.toMatch(STACK);
}

async function runTty(block: Block, command: Command, cwd: string, bin: string) {
  const pty = spawnPty('bash', ['-o', 'pipefail', '-c', command.text], { cols: 100, rows: 30, cwd, env: env(bin) as Record<string, string> });
  let output = '';
  pty.onData((d) => (output += d));
  const exited = new Promise<number>((done) => pty.onExit(({ exitCode }) => done(exitCode)));
  let seen = 0;
  const s: Pty = {
    async choose(choices) {
      const deadline = Date.now() + 30_000;
      for (;;) {
        const text = stripAnsi(output).slice(seen);
        const hits = choices.map(([p], i) => ({ i, at: text.indexOf(p), n: p.length })).filter((h) => h.at >= 0).sort((x, y) => x.at - y.at);
        const first = hits[0];
        if (first) {
          seen += first.at + first.n;
          if (choices[first.i]![1]) pty.write(choices[first.i]![1]);
          return first.i;
        }
        if (Date.now() > deadline) throw new Error(`${where(block, command)}: none of ${choices.map(([p]) => `"${p}"`).join(', ')} on screen; last output:\n${stripAnsi(output).slice(-2000)}`);
        await new Promise((r) => setTimeout(r, 25));
      }
    },
    async answer(prompt, keys) {
      const deadline = Date.now() + 30_000;
      for (;;) {
        const text = stripAnsi(output).slice(seen);
        const m = typeof prompt === 'string' ? (text.includes(prompt) ? { i: text.indexOf(prompt), n: prompt.length } : undefined) : (() => {
          const x = prompt.exec(text);
          return x ? { i: x.index, n: x[0].length } : undefined;
        })();
        if (m) {
          seen += m.i + m.n;
          if (keys) pty.write(keys);
          return;
        }
        if (Date.now() > deadline) throw new Error(`${where(block, command)}: no "${String(prompt)}" on screen; last output:\n${stripAnsi(output).slice(-2000)}`);
        await new Promise((r) => setTimeout(r, 25));
      }
    },
  };
  const script = INTERACTIONS.find((i) => i.command.test(command.text));
  if (script) await script.run(s);
  const code = await Promise.race([
    exited,
    new Promise<never>((_, reject) =>
      setTimeout(() => {
        pty.kill();
        reject(new Error(`${where(block, command)}: still running after 180 s (an interactive command needs a script in INTERACTIONS); last output:\n${stripAnsi(output).slice(-2000)}`));
      }, 180_000),
    ),
  ]);
  expect(code, `${where(block, command)}\n${stripAnsi(output).slice(-3000)}`).toBe(script?.exit ?? command.exit);
  expect(stripAnsi(output), where(block, command)).not.toMatch(STACK);
}

const blocks = DOC_FILES.flatMap(shellBlocks).filter((b) => b.commands.length > 0);

describe('shell examples in the docs', () => {
  test('there are examples of every kind', () => {
    expect(blocks.length).toBeGreaterThan(8);
    expect(blocks.some((b) => b.mode === 'tty')).toBe(true);
    expect(blocks.some((b) => b.mode === 'dns')).toBe(true);
  });

  test.each(blocks.map((b) => [`${b.file}:${b.line} (${b.mode})`, b] as const))('%s runs as written', { timeout: 600_000 }, async (_name, block) => {
    const cwd = await teamFolder();
    const bin = block.mode === 'dns' ? join(shims, 'dns') : shims;
    for (const command of block.commands) {
      if (block.mode === 'tty') await runTty(block, command, cwd, bin);
      else await runPlain(block, command, cwd, bin);
    }
  });
});

// ── Links ────────────────────────────────────────────────────────────────────────────────
/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
const slug = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');

function headings(file: string): string[] {
  const tokens = markdown.parse(readFileSync(join(ROOT, file), 'utf8'), {});
  return tokens.flatMap((t, i) => (t.type === 'heading_open' ? [tokens[i + 1]!.content] : []));
}

describe('links in the docs', () => {
  test.each(DOC_FILES.concat(['bench/README.md', 'UPGRADING.md']))('%s links only to files and headings that exist', (file) => {
    const text = readFileSync(join(ROOT, file), 'utf8');
    const broken: string[] = [];
    for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z]+:/.test(target!)) continue; // https:, mailto:
      const [path, anchor] = target!.split('#') as [string, string | undefined];
      const linked = path ? resolve(dirname(join(ROOT, file)), path) : join(ROOT, file);
      if (!existsSync(linked)) {
        broken.push(`${target} (no file ${relative(ROOT, linked)})`);
        continue;
      }
      if (anchor !== undefined && !headings(relative(ROOT, linked)).map(slug).includes(anchor)) broken.push(`${target} (no heading #${anchor})`);
    }
    expect(broken).toEqual([]);
  });

  test('every docs section a message or comment names exists', () => {
    const sources = spawnSync('git', ['grep', '-n', '-E', 'docs/[a-z-]+\\.md[,:]? +"[^"]+"', '--', 'src', 'scripts', 'checklists', 'templates'], { cwd: ROOT, encoding: 'utf8' }).stdout;
    const refs = [...sources.matchAll(/^([^:]+:\d+):.*?(docs\/[a-z-]+\.md)[,:]? +"([^"]+)"/gm)];
    expect(refs.length).toBeGreaterThan(2);
    for (const [, at, file, section] of refs) {
      expect(existsSync(join(ROOT, file!)), `${at}: ${file}`).toBe(true);
      expect(headings(file!).some((h) => h.replace(/`/g, '').startsWith(section!)), `${at}: ${file} has no section "${section}"`).toBe(true);
    }
  });

  test('no doc, test or source points outside the project', () => {
    const hits = spawnSync('git', ['grep', '-n', '-E', String.raw`\.\./shared|shared/(domain|seed|data)|DESIGN\.md|STYLE\.md`, '--', '.', ':!test/docs/examples.test.ts'], { cwd: ROOT, encoding: 'utf8' }).stdout;
    expect(hits).toBe('');
  });
});
