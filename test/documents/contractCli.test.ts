import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import requests from '../../examples/data/requests.json' with { type: 'json' };
import { readZip, paragraphsOf } from './_zip.js';

// `contract` run through the built bin (npx tsup first), as a script would: exit code, stdout, stderr.
const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'dist/cli/index.js');
const data = (file: string) => join(root, 'examples/data', file);
const scratch = mkdtempSync(join(tmpdir(), 'wp-contract-'));
const golden = (name: string) => readFileSync(join(import.meta.dirname, 'golden', name), 'utf8');

function run(args: string[], input = '') {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', input, env: { ...process.env, TZ: 'UTC' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, content: unknown): string {
  const path = join(scratch, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

describe('webcast-partnership contract', () => {
  it('prints the Markdown draft of the request\'s own contract, in English by default', () => {
    const { code, stdout, stderr } = run(['contract', data('request.json')]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toBe(golden('contract-req-webdays.en.md'));
  });

  it('prints it in French with --locale fr, and reads standard input', () => {
    const { code, stdout } = run(['contract', '-', '--locale', 'fr'], readFileSync(data('request.json'), 'utf8'));
    expect(code).toBe(0);
    expect(stdout).toBe(golden('contract-req-webdays.fr.md'));
  });

  it('writes the DOCX with --docx and says so, in the draft\'s language', () => {
    const out = join(scratch, 'contrat.docx');
    const { code, stdout, stderr } = run(['contract', data('request.json'), '--locale', 'fr', '--docx', out]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toBe(`Écrit ${out} : le projet de contrat, 13 articles.\n`);
    const paragraphs = paragraphsOf(readZip(readFileSync(out)).find((e) => e.name === 'word/document.xml')!.data.toString('utf8'));
    expect(paragraphs[0]).toBe('Contrat de partenariat pour la captation d’un événement');
    expect(paragraphs).toContain('Article 4. Point mort et partage de l’apport des sponsors');
  });

  it('writes the same DOCX bytes on every run', () => {
    const a = join(scratch, 'a.docx');
    const b = join(scratch, 'b.docx');
    expect(run(['contract', data('request.json'), '--docx', a]).code).toBe(0);
    expect(run(['contract', data('request.json'), '--docx', b]).code).toBe(0);
    expect(readFileSync(a).equals(readFileSync(b))).toBe(true);
  });

  it('prints the Markdown as well with --docx --markdown', () => {
    const { code, stdout } = run(['contract', data('request.json'), '--docx', join(scratch, 'c.docx'), '--markdown']);
    expect(code).toBe(0);
    expect(stdout).toBe(golden('contract-req-webdays.en.md'));
  });

  it('takes the contract of --contract in place of the request\'s own', () => {
    const { code, stdout } = run(['contract', file('req-late.json', requests[5]), '--contract', data('contract.json')]);
    expect(code).toBe(0);
    expect(stdout).toContain('contract ctr-1 · request req-late-releases');
    expect(stdout).toContain('is €3,000.00.');
  });

  it('names the file and the path of each bad field, the request and the contract together', () => {
    const request = structuredClone(requests[0]) as Record<string, unknown>;
    delete (request.event as Record<string, unknown>).venue;
    const { code, stdout, stderr } = run(['contract', file('bad-request.json', request), '--contract', file('bad-contract.json', { parties: {}, breakeven: { amount: '1', currency: 'EUR' } })]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('bad-request.json: event.venue:');
    expect(stderr).toContain('bad-contract.json: parties.platform:');
  });

  it('refuses a request without a contract, and a client request, with exit 2', () => {
    const bare = structuredClone(requests[0]) as Record<string, unknown>;
    delete bare.contract;
    const none = run(['contract', file('bare.json', bare)]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('has no `contract`; give one with --contract <file>');
    const client = run(['contract', file('client.json', requests[6])]);
    expect(client.code).toBe(2);
    expect(client.stderr).toContain('mode: Expected `partnership`');
  });

  it('rejects an unknown flag and a language it does not speak', () => {
    expect(run(['contract', data('request.json'), '--docs', 'x.docx']).stderr).toContain("Unknown option '--docs'");
    expect(run(['contract', data('request.json'), '--locale', 'de']).code).toBe(2);
    const dash = run(['contract', data('request.json'), '--docx', '-']);
    expect(dash.code).toBe(2);
    expect(dash.stderr).toContain('--docx needs a file name');
  });

  it('shows its usage and an example with --help, and is listed', () => {
    const { code, stdout } = run(['contract', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: webcast-partnership contract');
    expect(stdout).toContain('Example:');
    expect(run(['--help']).stdout).toContain('  contract ');
  });
});
