/**
 * `secbook verify <output folder>` and `secbook sign <output folder>`: check every file the
 * manifest lists against its SHA-256, and sign or check the manifest with an SSH key
 * (`ssh-keygen -Y sign|verify`, namespace `secbook-manifest`), so an auditor can confirm
 * offline that the documents are the ones the team issued.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { isAbsolute, join, normalize, resolve, sep } from 'node:path';
import { SecbookError } from '../errors.js';
import { assertRegularFile, confineTo, readRegularFile } from '../storage/safe-fs.js';
import { readManifest } from '../render/manifest.js';

export const SIGNATURE_NAMESPACE = 'secbook-manifest';
export const SIGNATURE_FILE = 'manifest.json.sig';

export interface VerifyOptions {
  cwd: string;
  out: string;
  /** An allowed-signers file (ssh-keygen format) to check the signature against. */
  allowedSigners?: string;
  /** The signer's principal in that file (default: whichever principal the signature matches). */
  identity?: string;
  /** Fail when the manifest is not signed. */
  requireSignature?: boolean;
}

export type FileProblem = { path: string; problem: 'missing' | 'changed' | 'outside' };

export interface VerifyResult {
  manifest: string;
  checked: number;
  problems: FileProblem[];
  signature: { state: 'unsigned' | 'valid' | 'invalid' | 'not-checked'; detail: string };
  ok: boolean;
}

function run(cmd: string, args: string[], input?: Buffer): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = execFile(cmd, args, { timeout: 20_000, windowsHide: true }, (error, stdout, stderr) => {
      if (error && (error as NodeJS.ErrnoException).code === 'ENOENT') {
        fail(new SecbookError(`${cmd} was not found`, { hint: 'Install OpenSSH (ssh-keygen 8.1 or later signs and verifies files).' }));
        return;
      }
      done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout: String(stdout), stderr: String(stderr) });
    });
    // A command that does not read stdin closes it early: ignore EPIPE there.
    child.stdin?.on('error', () => {});
    child.stdin?.end(input ?? '');
  });
}

const sha256 = (data: Buffer): string => createHash('sha256').update(data).digest('hex');

async function outputDir(cwd: string, out: string): Promise<{ dir: string; manifest: string }> {
  const dir = resolve(cwd, out);
  confineTo(dir, `the output folder (${out})`);
  const manifest = join(dir, 'manifest.json');
  if (!existsSync(manifest)) {
    throw new SecbookError(`${out} has no manifest.json`, { hint: 'Point at the folder `secbook render --out` wrote (default: output).' });
  }
  return { dir, manifest };
}

export async function verifyOutput(options: VerifyOptions): Promise<VerifyResult> {
  const { dir, manifest: manifestPath } = await outputDir(options.cwd, options.out);
  const manifest = await readManifest(manifestPath, join(options.out, 'manifest.json'));
  const problems: FileProblem[] = [];
  let checked = 0;
  for (const doc of manifest.documents) {
    for (const version of doc.versions) {
      for (const file of Object.values(version.files)) {
        if (!file) continue;
        checked++;
        const rel = normalize(file.path);
        if (isAbsolute(rel) || rel === '..' || rel.startsWith(`..${sep}`)) {
          problems.push({ path: file.path, problem: 'outside' });
          continue;
        }
        const path = join(dir, rel);
        let data: Buffer;
        try {
          data = await readRegularFile(path, file.path, { within: { root: dir, name: `the output folder (${options.out})` } });
        } catch {
          problems.push({ path: file.path, problem: 'missing' });
          continue;
        }
        if (sha256(data) !== file.sha256) problems.push({ path: file.path, problem: 'changed' });
      }
    }
  }
  const signature = await checkSignature(dir, manifestPath, options);
  const signatureOk = signature.state === 'valid' || (!options.requireSignature && signature.state !== 'invalid');
  return { manifest: manifestPath, checked, problems, signature, ok: problems.length === 0 && signatureOk };
}

async function checkSignature(dir: string, manifestPath: string, options: VerifyOptions): Promise<VerifyResult['signature']> {
  const sig = join(dir, SIGNATURE_FILE);
  if (!existsSync(sig)) return { state: 'unsigned', detail: `the manifest is not signed (no ${SIGNATURE_FILE})` };
  if (!options.allowedSigners) return { state: 'not-checked', detail: `${SIGNATURE_FILE} is present; pass --allowed-signers <file> to check it` };
  const allowed = resolve(options.cwd, options.allowedSigners);
  await assertRegularFile(allowed, options.allowedSigners);
  const data = await readRegularFile(manifestPath);
  let identity = options.identity;
  if (!identity) {
    const found = await run('ssh-keygen', ['-Y', 'find-principals', '-s', sig, '-f', allowed]);
    identity = found.code === 0 ? found.stdout.split('\n')[0]?.trim() : undefined;
    if (!identity) return { state: 'invalid', detail: `no principal in ${options.allowedSigners} made this signature` };
  }
  const result = await run('ssh-keygen', ['-Y', 'verify', '-f', allowed, '-I', identity, '-n', SIGNATURE_NAMESPACE, '-s', sig], data);
  return result.code === 0
    ? { state: 'valid', detail: `signed by ${identity} (${(result.stdout || result.stderr).trim().split('\n')[0]})` }
    : { state: 'invalid', detail: `the signature does not match manifest.json for ${identity}: ${(result.stderr || result.stdout).trim().split('\n')[0]}` };
}

export interface SignOptions {
  cwd: string;
  out: string;
  /** Private key file (e.g. ~/.ssh/id_ed25519), or a public key whose private half ssh-agent holds. */
  key: string;
}

/** Signs manifest.json, writing manifest.json.sig beside it. */
export async function signOutput(options: SignOptions): Promise<{ signature: string }> {
  const { dir, manifest } = await outputDir(options.cwd, options.out);
  const key = resolve(options.cwd, options.key);
  if (!existsSync(key)) throw new SecbookError(`no key at ${options.key}`, { hint: 'Give the path of an SSH private key (or of a public key held by ssh-agent).' });
  await assertRegularFile(key, options.key);
  const result = await run('ssh-keygen', ['-Y', 'sign', '-f', key, '-n', SIGNATURE_NAMESPACE], await readRegularFile(manifest, join(options.out, 'manifest.json')));
  if (result.code !== 0 || !result.stdout.includes('BEGIN SSH SIGNATURE')) {
    throw new SecbookError(`ssh-keygen could not sign with ${options.key}: ${result.stderr.trim().split('\n')[0] ?? 'no output'}`, {
      hint: 'Use an unencrypted key or load it into ssh-agent first (ssh-add).',
    });
  }
  const { atomicWrite } = await import('../storage/atomic-write.js');
  const signature = join(dir, SIGNATURE_FILE);
  await atomicWrite(signature, result.stdout);
  return { signature };
}
