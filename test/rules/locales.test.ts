/* eslint-disable @typescript-eslint/no-explicit-any -- test inputs are loose JSON */
import { describe, expect, it } from 'vitest';
import { en } from '../../src/rules/locales/en.js';
import { fr } from '../../src/rules/locales/fr.js';
import { CATALOGUES } from '../../src/rules/locales/index.js';
import { RULE_LOGIC } from '../../src/rules/_logic.js';
import { formatFor, render } from '../../src/rules/_render.js';
import { contextOf } from '../../src/rules/evaluateEligibility.js';
import type { Catalogue, Format, Message } from '../../src/rules/messages.js';
import type { Advice, Outcome } from '../../src/rules/types.js';
import { parseCoverageRequest } from '../../src/models/coverageRequest.js';
import { timestampMs } from '../../src/_lib/instant.js';
import { validInput } from '../utils/factory.js';
import { evaluate } from '../utils/evaluate.js';
import { thrown } from '../utils/thrown.js';
import { DEFAULT_POLICY } from '../../src/models/policy.js';
import { enXA, pseudo } from '../utils/enXA.js';
import { CORPUS } from '../utils/corpus.js';

const ALL: readonly Catalogue[] = [en, fr, enXA];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** An English message as en-XA says it: its deadlines in en-XA's form (`2026-2-28 9h0`), then accented. */
function inPseudo(english: string): string {
  const dated = english.replace(/(\d{1,2}) (\w+) (\d{4}), (\d\d):(\d\d)(?::\d\d)? event time/g, (_, d: string, m: string, y: string, h: string, min: string) => `${y}-${MONTHS.indexOf(m) + 1}-${Number(d)} ${Number(h)}h${Number(min)}`);
  return pseudo(dated);
}

/** Every message the rules say on the corpus, by code: each rule's outcomes and remedies, before rendering. */
function spoken(): Map<string, Message[]> {
  const out = new Map<string, Message[]>();
  const keep = (message: unknown): void => {
    if (typeof message !== 'object' || message === null || !('code' in message)) return;
    const m = message as Message;
    out.set(m.code, [...(out.get(m.code) ?? []), m]);
  };
  for (const { input, asOf, availability, policy } of CORPUS) {
    const request = parseCoverageRequest(input);
    const context = contextOf(request, policy, availability, en, timestampMs(asOf)!);
    for (const rule of RULE_LOGIC) {
      const result = rule.evaluate(context);
      for (const outcome of (Array.isArray(result) ? result : [result]) as Outcome[]) {
        keep(outcome.message);
        if (outcome.remedy !== undefined && 'text' in outcome.remedy) keep((outcome.remedy as Advice).text);
      }
    }
  }
  // The evaluator's own messages, said when it closes a finding past its deadline.
  const due = { at: Date.UTC(2026, 1, 21, 8), offset: 60 };
  keep({ code: 'engine.too_late', params: { due } });
  keep({ code: 'engine.remedy.too_late', params: { due, days: 21 } });
  return out;
}

/** The parameter names a catalogue's text reads for a message (a proxy records them). */
function readBy(catalogue: Catalogue, message: Message): string[] {
  const read = new Set<string>();
  const params = new Proxy(message.params as object, {
    get(target, key) {
      if (typeof key === 'string') read.add(key);
      return Reflect.get(target, key);
    },
  });
  (catalogue.messages[message.code] as (p: unknown, f: Format) => string)(params, formatFor(catalogue));
  return [...read].sort();
}

describe('locale catalogues', () => {
  const said = spoken();

  it('has every message code in every catalogue, and no other', () => {
    const codes = Object.keys(en.messages).sort();
    for (const catalogue of ALL) expect(Object.keys(catalogue.messages).sort()).toEqual(codes);
    expect(Object.keys(CATALOGUES)).toEqual(['en', 'fr']);
  });

  it('says every code on the corpus: no message is dead', () => {
    const unsaid = Object.keys(en.messages).filter((code) => !said.has(code));
    expect(unsaid).toEqual([]);
  });

  it('reads the same parameters in every catalogue, for every message said', () => {
    const differ: string[] = [];
    for (const [code, messages] of said) {
      for (const message of messages.slice(0, 20)) {
        const english = readBy(en, message);
        for (const catalogue of [fr, enXA]) {
          const other = readBy(catalogue, message);
          if (other.join() !== english.join()) differ.push(`${code} ${catalogue.locale}: ${other.join()} vs en: ${english.join()}`);
        }
      }
    }
    expect(differ).toEqual([]);
  });

  it('gives every text in every catalogue without a placeholder left', () => {
    for (const [, messages] of said) {
      for (const catalogue of ALL) {
        const text = render(messages[0]!, catalogue);
        expect(text).not.toMatch(/undefined|NaN|\[object|\$\{/);
        expect(text.length).toBeGreaterThan(0);
      }
    }
  });
});

describe('a third language is one file', () => {
  it('says a report in the pseudo-locale en-XA through the same path, remedies still in English and French', () => {
    const input = validInput();
    delete input.speakers[0].informedAt;
    input.event.otherFilmCrews = [{ name: 'TV' }];
    const english = evaluate(input, { locale: 'en' });
    const pseudoReport = evaluate(input, { locale: enXA as any });
    expect(pseudoReport.decision).toBe(english.decision);
    expect(pseudoReport.findings.map((f) => f.message)).toEqual(english.findings.map((f) => inPseudo(f.message)));
    expect(pseudoReport.findings.map((f) => f.remedy)).toEqual(english.findings.map((f) => f.remedy));
    const c1 = pseudoReport.findings.find((f) => f.rule === 'C1')!;
    // Hand-made: the English sentence with its vowels accented, between brackets.
    expect(c1.message).toBe('⟦Wé áré nót pártnérs óf événts wé dó nót fílm: ánóthér fílm créw ís présént (TV).⟧');
  });

  it('says a frozen catalogue built on a shipped one: its own messages, and those it inherits', () => {
    // Review of issue 15: a frozen catalogue was read through a map of its own keys only, and a
    // message it inherits threw a TypeError.
    const messages = Object.freeze(Object.create(CATALOGUES.en.messages, { 'C8.met': { value: () => 'Our own words for C8.', enumerable: true } }));
    const locale = Object.freeze({ locale: 'en-GB', more: en.more, date: en.date, messages });
    const english = evaluate(validInput(), { locale: 'en' });
    const report = evaluate(validInput(), { locale: locale as any });
    expect(english.findings.find((f) => f.rule === 'C8')!.status).toBe('met');
    expect(report.findings.map((f) => (f.rule === 'C8' ? 'C8' : f.message))).toEqual(english.findings.map((f) => (f.rule === 'C8' ? 'C8' : f.message)));
    expect(report.findings.find((f) => f.rule === 'C8')!.message).toBe('Our own words for C8.');
  });

  it('says deadlines in the catalogue’s own words', () => {
    const input = validInput();
    delete input.speakers[0].informedAt;
    const report = evaluate(input, { locale: enXA as any, policy: DEFAULT_POLICY });
    expect(report.findings.find((f) => f.rule === 'C6.1')!.message).toContain('2026-2-21 9h0');
  });

  it('adds "Too late" in the catalogue’s words when the evaluator closes a finding past its deadline', () => {
    const input = validInput();
    delete input.speakers[0].informedAt;
    // Speakers had to be told by 2026-02-21 09:00 (21 days, shipped policy); a month later it is too late.
    // Without a crew plan C3 is unknown; past its deadline (crewLeadDays, 14 days) the evaluator closes it.
    const late = evaluate(input, { locale: enXA as any, policy: DEFAULT_POLICY, asOf: '2026-03-10', availability: null });
    const english = evaluate(input, { locale: 'en', policy: DEFAULT_POLICY, asOf: '2026-03-10', availability: null });
    expect(late.decision).toBe(english.decision);
    // Hand-made: the rule's words, then the evaluator's, each in en-XA.
    const c3 = late.findings.find((f) => f.rule === 'C3')!;
    expect(c3.remedy?.code).toBe('too_late');
    expect(c3.message).toBe('⟦Créw áváílábílíty únknówn: nó créw plán wás gívén.⟧ ⟦Tóó láté: ít wás dúé by 2026-2-28 9h0.⟧');
    expect(english.findings.find((f) => f.rule === 'C3')!.message).toBe('Crew availability unknown: no crew plan was given. Too late: it was due by 28 February 2026, 09:00 event time.');
  });

  it('keeps the shipped catalogues frozen, so no caller can change another’s words', () => {
    expect(Object.isFrozen(en) && Object.isFrozen(en.messages) && Object.isFrozen(fr) && Object.isFrozen(fr.messages) && Object.isFrozen(CATALOGUES)).toBe(true);
  });

  it('refuses a locale that is not a catalogue', () => {
    expect(() => evaluate(validInput(), { locale: 'de' as any })).toThrow('Expected `locale` to be `en`, `fr` or a catalogue, got `de`');
  });

  describe('errors: a catalogue of your own is checked once, every gap named', () => {
    const failure = (locale: unknown) => thrown(() => evaluate(validInput(), { locale: locale as any }));
    it('names a missing message code, a missing date or plural helper, and a tag Intl does not know', () => {
      const messages: Record<string, unknown> = { ...enXA.messages };
      delete messages['C1.met'];
      const error = failure({ locale: 'not a tag!', more: enXA.more, messages });
      expect(error.code).toBe('invalid_locale');
      expect(error.issues.map((i) => [i.code, i.path, i.message])).toEqual([
        ['invalid_locale', 'locale.locale', 'Expected a language tag (`en-GB`), got `not a tag!`'],
        ['invalid_locale', 'locale.date', 'Expected a function, got nothing'],
        ['invalid_locale', 'locale.messages["C1.met"]', 'Expected a function giving the message, got nothing'],
      ]);
    });

    it('refuses a catalogue without messages', () => {
      expect(failure({ locale: 'en-XA', more: enXA.more, date: enXA.date }).issues.map((i) => i.path)).toEqual(['locale.messages']);
    });

    it('accepts a whole catalogue, in any language tag Intl knows', () => {
      expect(evaluate(validInput(), { locale: { ...enXA, locale: 'de-CH' } as any }).decision).toBe('eligible');
    });
  });

});
