/* eslint-disable @typescript-eslint/no-explicit-any -- hostile inputs are anything */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statementCsv, statementForPeriod, statementHtml } from '../../src/documents/index.js';
import { craftedValues, expectSafe, mutated } from '../hostile/_harness.js';
import { webDays } from './demo.js';
import { marchJson } from './_period.js';

// The statement writers on hostile input, as test/hostile/entryPoints.test.ts runs the core's: a
// statement, a period statement or options with one to three values replaced by fast-check's
// arbitrary JSON or the crafted values of issue 7. The only outcomes allowed: a result, or a
// PartnershipError with a code and paths.
const RUNS = 60;
const statement = JSON.parse(JSON.stringify(webDays().statement));
const MARCH = { from: '2026-03', to: '2026-03' };
const period = marchJson();

describe('statement writers on hostile input', () => {
  it('golden: the JSON of a statement and of its period give the same March as the values themselves', () => {
    expect(expectSafe(() => statementForPeriod(statement, MARCH), [statement])).toBe('ok');
    expect(statementForPeriod(statement, MARCH).dueToOrganizer).toEqual({ amount: '785.15', currency: 'EUR' });
    expect(statementCsv(period, { locale: 'fr' })).toBe(statementCsv(statementForPeriod(webDays().statement, MARCH), { locale: 'fr' }));
  });

  it('every crafted value, alone, in the place of each argument', () => {
    for (const value of craftedValues()) {
      expectSafe(() => statementForPeriod(value as any, MARCH), [value]);
      expectSafe(() => statementForPeriod(statement, value as any), [value]);
      expectSafe(() => statementCsv(value as any), [value]);
      expectSafe(() => statementCsv(period, value as any), [value]);
      expectSafe(() => statementHtml(value as any), [value]);
      expectSafe(() => statementHtml(period, value as any), [value]);
    }
  });

  it('statementForPeriod on a hostile statement and hostile options', () => {
    fc.assert(fc.property(mutated(statement, false, false), (value) => void expectSafe(() => statementForPeriod(value as any, MARCH), [value])), { numRuns: RUNS });
    fc.assert(fc.property(mutated(MARCH), (value) => void expectSafe(() => statementForPeriod(statement, value as any), [value])), { numRuns: RUNS });
  });

  it('statementCsv on a hostile period statement and hostile options', () => {
    fc.assert(fc.property(mutated(period, false, false), (value) => void expectSafe(() => statementCsv(value as any, { locale: 'fr' }), [value])), { numRuns: RUNS });
    fc.assert(fc.property(mutated({ locale: 'fr' }), (value) => void expectSafe(() => statementCsv(period, value as any), [value])), { numRuns: RUNS });
  });

  it('statementHtml on a hostile period statement and hostile options', () => {
    fc.assert(fc.property(mutated(period, false, false), (value) => void expectSafe(() => statementHtml(value as any, { locale: 'fr' }), [value])), { numRuns: RUNS });
    fc.assert(fc.property(mutated({ locale: 'fr', title: 'Web Days SAS' }), (value) => void expectSafe(() => statementHtml(period, value as any), [value])), { numRuns: RUNS });
  });
});
