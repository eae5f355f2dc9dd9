import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
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

function run(args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', input: '', env: { ...process.env, TZ: 'UTC' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const checklistOf = (locale: 'en' | 'fr') => {
  const input = JSON.parse(readFileSync(request, 'utf8'));
  return organizerChecklist(evaluateEligibility(input, { policy: DEFAULT_POLICY, asOf: AS_OF }), input, { locale });
};

describe('check --checklist', () => {
  it('prints what is left to do, in due order, with the exit code of the decision', () => {
    const { code, stdout, stderr } = run(['check', request, '--as-of', AS_OF, '--checklist']);
    expect(stderr).toBe('');
    expect(code).toBe(3);
    expect(stdout).toBe(
      [
        'Checklist · Web 2.0 Days · req-webdays · incomplete · as of 2026-02-10T12:00:00.000Z',
        '',
        'due (event time)        rule  concerns       what to do',
        '----------------------  ----  -------------  ' + '-'.repeat(checklistOf('en').actions[0]!.todo.length),
        `2026-02-28T09:00+01:00  C3    the organizer  ${checklistOf('en').actions[0]!.todo}`,
        '',
      ].join('\n'),
    );
  });

  it('prints it in French with --locale fr', () => {
    const { code, stdout } = run(['check', request, '--as-of', AS_OF, '--checklist', '--locale', 'fr']);
    expect(code).toBe(3);
    expect(stdout).toContain('Actions à mener · Web 2.0 Days · req-webdays · incomplet · au 2026-02-10T12:00:00.000Z');
    expect(stdout).toContain("échéance (heure de l'événement)  règle  concerne");
    expect(stdout).toContain(`2026-02-28T09:00+01:00           C3     l'organisateur  ${checklistOf('fr').actions[0]!.todo}`);
  });

  it('prints it as JSON with --json, as organizerChecklist gives it', () => {
    const { code, stdout } = run(['check', request, '--as-of', AS_OF, '--checklist', '--json', '--locale', 'fr']);
    expect(code).toBe(3);
    expect(JSON.parse(stdout)).toEqual(checklistOf('fr'));
  });

  it('says there is nothing to do when every rule is met', () => {
    const { code, stdout } = run(['check', request, '--as-of', AS_OF, '--checklist', '--crews', join(root, 'examples/data/crews.json'), '--bookings', join(root, 'examples/data/bookings.json')]);
    expect(code).toBe(0);
    expect(stdout).toContain('Nothing to do: every rule is met.');
  });
});

describe('check --ics', () => {
  it('writes the calendar ical.js reads back, and prints the report as before', () => {
    const file = join(scratch, 'checklist.ics');
    const { code, stdout } = run(['check', request, '--as-of', AS_OF, '--ics', file]);
    expect(code).toBe(3);
    expect(stdout).toContain('Decision: incomplete');
    const text = readFileSync(file, 'utf8');
    expect(text).toBe(toICalendar(checklistOf('en')));
    expectCalendarOf(checklistOf('en'), text);
    expect(readCalendar(text).events.map((e) => [e.uid, e.start])).toEqual([['req-webdays/C3/evt-webdays@webcast-partnership', '2026-02-28T08:00:00.000Z']]);
  });

  it('writes it in French beside the printed checklist', () => {
    const file = join(scratch, 'liste.ics');
    const { code, stdout } = run(['check', request, '--as-of', AS_OF, '--locale', 'fr', '--checklist', '--ics', file]);
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
