import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { organizerChecklist, toICalendar } from '../../src/documents/index.js';
import { DEFAULT_POLICY } from '../../src/models/policy.js';
import { evaluateEligibility } from '../../src/rules/evaluateEligibility.js';
import { expectCalendarOf, readCalendar } from './_ical.js';

// `check --checklist` and `--ics` through the built bin (run `npx tsup` first), as test/cli/bin.test.ts runs the others.
const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'dist/cli/index.js');
const request = join(root, 'examples/data/request.json');
const scratch = mkdtempSync(join(tmpdir(), 'wp-checklist-'));
const AS_OF = '2026-02-10T12:00:00Z';
// A request with an action for the organizer as of AS_OF: req-late-releases of the example season,
// whose releases are due 2 April 09:00 +02:00. (request.json, without crews, has none: checking the
// crew plan, C3, is the platform's own work.)
const late = join(scratch, 'late-releases.json');
writeFileSync(late, JSON.stringify((JSON.parse(readFileSync(join(root, 'examples/data/requests.json'), 'utf8')) as { id: string }[]).find((r) => r.id === 'req-late-releases')));

function run(args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', input: '', env: { ...process.env, TZ: 'UTC' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const checklistOf = (locale: 'en' | 'fr', file = late) => {
  const input = JSON.parse(readFileSync(file, 'utf8'));
  return organizerChecklist(evaluateEligibility(input, { policy: DEFAULT_POLICY, asOf: AS_OF }), input, { locale });
};

describe('check --checklist', () => {
  it('prints what is left to do, in due order, with the exit code of the decision', () => {
    const { code, stdout, stderr } = run(['check', late, '--as-of', AS_OF, '--checklist']);
    expect(stderr).toBe('');
    expect(code).toBe(3);
    const speakers = 'Ana (spk-1), Ben (spk-2), Chloé (spk-3)';
    expect(stdout).toBe(
      [
        'Checklist · E-learning Forum · req-late-releases · incomplete · as of 2026-02-10T12:00:00.000Z',
        '',
        `due (event time)        rule  ${'concerns'.padEnd(speakers.length)}  what to do`,
        `----------------------  ----  ${'-'.repeat(speakers.length)}  ${'-'.repeat(checklistOf('en').actions[0]!.todo.length)}`,
        `2026-04-02T09:00+02:00  C6.2  ${speakers}  ${checklistOf('en').actions[0]!.todo}`,
        '',
      ].join('\n'),
    );
  });

  it('prints it in French with --locale fr', () => {
    const { code, stdout } = run(['check', late, '--as-of', AS_OF, '--checklist', '--locale', 'fr']);
    expect(code).toBe(3);
    expect(stdout).toContain('Actions à mener · E-learning Forum · req-late-releases · incomplet · au 2026-02-10T12:00:00.000Z');
    expect(stdout).toContain("échéance (heure de l'événement)  règle  concerne");
    expect(stdout).toContain(`2026-04-02T09:00+02:00           C6.2   Ana (spk-1), Ben (spk-2), Chloé (spk-3)  ${checklistOf('fr').actions[0]!.todo}`);
  });

  it('prints it as JSON with --json, as organizerChecklist gives it', () => {
    const { code, stdout } = run(['check', late, '--as-of', AS_OF, '--checklist', '--json', '--locale', 'fr']);
    expect(code).toBe(3);
    expect(JSON.parse(stdout)).toEqual(checklistOf('fr'));
  });

  it('says there is nothing to do when every rule is met', () => {
    const { code, stdout } = run(['check', request, '--as-of', AS_OF, '--checklist', '--crews', join(root, 'examples/data/crews.json'), '--bookings', join(root, 'examples/data/bookings.json')]);
    expect(code).toBe(0);
    expect(stdout).toContain('Nothing to do: every rule is met.');
  });

  it("leaves the platform's own work out: without crews, nothing for the organizer, and no claim that every rule is met", () => {
    // request.json without --crews: C3 is unknown, and checking the crew plan is the platform's to do.
    const { code, stdout } = run(['check', request, '--as-of', AS_OF, '--checklist']);
    expect(code).toBe(3);
    expect(stdout).toBe("Checklist · Web 2.0 Days · req-webdays · incomplete · as of 2026-02-10T12:00:00.000Z\n\nNothing for the organizer to do: what is left is the platform's own work.\n");
    expect(checklistOf('en', request).actions).toEqual([]);
    expect(run(['check', request, '--as-of', AS_OF, '--checklist', '--locale', 'fr']).stdout).toContain("Rien à faire pour l'organisateur : ce qui reste est le travail de la plateforme.");
  });
});

describe('docs/documents.md', () => {
  it("shows the real output of check --checklist for the E-learning Forum (late-releases.json, req-late-releases saved)", () => {
    const doc = readFileSync(join(root, 'docs/documents.md'), 'utf8');
    const block = /```\n\$ webcast-partnership (check late-releases\.json [^\n]*)\n([\s\S]*?)```/.exec(doc)!;
    const args = block[1]!.split(' ').map((a) => (a === 'late-releases.json' ? late : a === 'checklist.ics' ? join(scratch, 'doc.ics') : a));
    expect(run(args).stdout).toBe(block[2]);
    // And what it says for request.json without crews, in a sentence of its own.
    expect(doc.replace(/\s+/g, ' ')).toContain(run(['check', request, '--as-of', AS_OF, '--checklist']).stdout.split('\n')[2]!);
  });
});

describe('check --ics', () => {
  it('writes the calendar ical.js reads back, and prints the report as before', () => {
    const file = join(scratch, 'checklist.ics');
    const { code, stdout } = run(['check', late, '--as-of', AS_OF, '--ics', file]);
    expect(code).toBe(3);
    expect(stdout).toContain('Decision: incomplete');
    const text = readFileSync(file, 'utf8');
    expect(text).toBe(toICalendar(checklistOf('en')));
    expectCalendarOf(checklistOf('en'), text);
    expect(readCalendar(text).events.map((e) => [e.uid, e.start])).toEqual([['req-late-releases/C6.2/evt-late@webcast-partnership', '2026-04-02T07:00:00.000Z']]);
    // request.json without crews: a calendar without events (C3's crew plan is the platform's).
    const none = join(scratch, 'none.ics');
    expect(run(['check', request, '--as-of', AS_OF, '--ics', none]).code).toBe(3);
    expect(readCalendar(readFileSync(none, 'utf8')).events).toEqual([]);
  });

  it('writes it in French beside the printed checklist', () => {
    const file = join(scratch, 'liste.ics');
    const { code, stdout } = run(['check', late, '--as-of', AS_OF, '--locale', 'fr', '--checklist', '--ics', file]);
    expect(code).toBe(3);
    expect(stdout).toContain('Actions à mener');
    expect(readFileSync(file, 'utf8')).toBe(toICalendar(checklistOf('fr')));
  });

  it('exits 2 naming the command and the file when the file cannot be written', () => {
    const { code, stdout, stderr } = run(['check', request, '--as-of', AS_OF, '--ics', join(scratch, 'missing/dir/out.ics')]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(`check: cannot write ${join(scratch, 'missing/dir/out.ics')}: ENOENT`);
    expect(stderr).toContain('ENOENT');
  });

  it('shows both flags in check --help', () => {
    const { stdout } = run(['check', '--help']);
    expect(stdout).toContain('--checklist');
    expect(stdout).toContain('--ics <file>');
  });
});
