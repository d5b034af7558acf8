import type { Command } from 'commander';
import { cwd, print } from './context.js';
import { file, text } from './options.js';

export function verifyCommand(program: Command): void {
  program
    .command('verify')
    .description('check every file in an output folder against manifest.json (SHA-256), and its signature')
    .argument('[out]', 'the output folder secbook render wrote', 'output')
    .option('--allowed-signers <file>', 'ssh-keygen allowed-signers file to check manifest.json.sig against', file)
    .option('--identity <principal>', 'the signer to expect (default: the principal the signature matches)', text)
    .option('--require-signature', 'fail when the manifest is not signed')
    .option('--json', 'print as JSON')
    .addHelpText('after', '\nExamples:\n  secbook verify output\n  secbook verify output --allowed-signers allowed_signers --require-signature')
    .action(async (out: string, flags: { allowedSigners?: string; identity?: string; requireSignature?: boolean; json?: boolean }) => {
      const { verifyOutput } = await import('../app/verify.js');
      const result = await verifyOutput({ cwd: cwd(), out, allowedSigners: flags.allowedSigners, identity: flags.identity, requireSignature: flags.requireSignature });
      if (flags.json) print(JSON.stringify(result, null, 2));
      else {
        print(`${result.checked} file(s) listed in ${out}/manifest.json; ${result.problems.length ? `${result.problems.length} problem(s):` : 'every one matches its SHA-256.'}`);
        for (const p of result.problems) print(`  ${p.problem === 'changed' ? 'changed since it was rendered' : p.problem === 'missing' ? 'missing' : 'points outside the folder'}: ${p.path}`);
        print(`Signature: ${result.signature.detail}.`);
      }
      if (!result.ok) {
        print('Verification FAILED. Restore the changed files, or re-render (secbook render) and sign again (secbook sign).');
        process.exitCode = 1;
      }
    });
}

export function signCommand(program: Command): void {
  program
    .command('sign')
    .description('sign an output folder\'s manifest.json with an SSH key (writes manifest.json.sig)')
    .argument('[out]', 'the output folder secbook render wrote', 'output')
    .requiredOption('--key <file>', 'SSH private key (e.g. ~/.ssh/id_ed25519)', file)
    .action(async (out: string, flags: { key: string }) => {
      const { signOutput } = await import('../app/verify.js');
      await signOutput({ cwd: cwd(), out, key: flags.key });
      print(`Signed ${out}/manifest.json: ${out}/manifest.json.sig\nAn auditor checks it with: secbook verify ${out} --allowed-signers <file>`);
    });
}
