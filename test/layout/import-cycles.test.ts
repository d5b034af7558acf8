/**
 * The layout holds: no two folders of src/ import each other, directly or round a loop, and
 * the layer rules of docs/architecture.md. Reads the real import statements of every source
 * file, so a new file or folder is checked without touching this test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** `cli`, `app`, … or `.` for the files at the top of src/. */
const folderOf = (file: string): string => {
  const parts = relative(SRC, file).split(/[\\/]/);
  return parts.length > 1 ? (parts[0] ?? '.') : '.';
};

/** Every relative import, static or dynamic, type-only included. */
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"](\.{1,2}\/[^'"]+)['"]/g;

interface Edge {
  from: string;
  to: string;
  files: string[];
}

function folderEdges(): Map<string, Edge> {
  const edges = new Map<string, Edge>();
  for (const file of sourceFiles(SRC)) {
    for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const target = resolve(dirname(file), m[1] ?? '');
      const from = folderOf(file);
      const to = folderOf(target);
      if (from === to) continue;
      const key = `${from} -> ${to}`;
      const edge = edges.get(key) ?? { from, to, files: [] };
      edge.files.push(relative(SRC, file));
      edges.set(key, edge);
    }
  }
  return edges;
}

/** Strongly connected components with more than one folder (Tarjan). */
function cycles(nodes: string[], next: (n: string) => string[]): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (n: string): void => {
    index.set(n, counter);
    low.set(n, counter++);
    stack.push(n);
    onStack.add(n);
    for (const m of next(n)) {
      if (!index.has(m)) {
        visit(m);
        low.set(n, Math.min(low.get(n) ?? 0, low.get(m) ?? 0));
      } else if (onStack.has(m)) low.set(n, Math.min(low.get(n) ?? 0, index.get(m) ?? 0));
    }
    if (low.get(n) === index.get(n)) {
      const component: string[] = [];
      let m: string | undefined;
      do {
        m = stack.pop();
        if (m === undefined) break;
        onStack.delete(m);
        component.push(m);
      } while (m !== n);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const n of nodes) if (!index.has(n)) visit(n);
  return found;
}

describe('src/ layout', () => {
  const edges = folderEdges();
  const out = (folder: string) => [...edges.values()].filter((e) => e.from === folder).map((e) => e.to);

  test('the checker sees the imports (cli reaches app, tui reaches session)', () => {
    expect(edges.get('cli -> app')?.files.length).toBeGreaterThan(5);
    expect(edges.has('tui -> session')).toBe(true);
  });

  test('the cycle finder finds a loop through three folders', () => {
    const graph: Record<string, string[]> = { a: ['b'], b: ['c'], c: ['a'], d: ['a'] };
    expect(cycles(Object.keys(graph), (n) => graph[n] ?? [])).toEqual([['a', 'b', 'c']]);
  });

  test('no import cycle between folders', () => {
    const folders = [...new Set([...edges.values()].flatMap((e) => [e.from, e.to]))];
    const loops = cycles(folders, out).map((loop) => {
      const inside = [...edges.values()].filter((e) => loop.includes(e.from) && loop.includes(e.to));
      return `${loop.join(' ⇄ ')}: ${inside.map((e) => `${e.from} -> ${e.to} (${e.files.join(', ')})`).join('; ')}`;
    });
    expect(loops).toEqual([]);
  });

  test('layers: domain/ is pure, front ends never reach each other or the commands', () => {
    const rules: [string, string[]][] = [
      ['domain', ['.']], // errors.ts only
      ['session', ['domain', '.']],
      ['prompts', ['domain', 'session', '.']],
      // The drill view draws the drill engine's state and the incident assessment it shows.
      ['tui', ['domain', 'session', 'drills', 'incidents', '.']],
      ['app', ['domain', 'storage', 'session', 'prompts', 'tui', 'render', 'review', 'incidents', 'scan', 'reports', 'message', 'drills', '.']],
    ];
    const broken = rules.flatMap(([folder, allowed]) =>
      [...edges.values()].filter((e) => e.from === folder && !allowed.includes(e.to)).map((e) => `${e.from} -> ${e.to} (${e.files.join(', ')})`),
    );
    expect(broken).toEqual([]);
  });
});
