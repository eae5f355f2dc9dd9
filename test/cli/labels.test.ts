import { describe, expect, it } from 'vitest';
import { CLI_WORDS, placeholders, wordsFor } from '../../src/cli/labels.js';
import { LABELS, type Label } from '../utils/cliLabels.js';
import { STREAMS } from '../../src/money/streams.js';

// Every label of the catalogue, as `catalogue.key`.
const entries: [string, Label][] = [...LABELS];

describe('the CLI labels', () => {
  it('has labels', () => {
    expect(entries.length).toBeGreaterThan(60);
  });

  it.each(entries)('%s is written in English and in French', (_, label) => {
    expect(label.en.trim()).not.toBe('');
    expect(label.fr.trim()).not.toBe('');
  });

  // A label copied without translating it reads the same in both: only a word French spells as
  // English does (`client`, `total`) may, and it says so with `same`.
  it.each(entries)('%s is translated, or marked the same on purpose', (_, label) => {
    if (label.same === true) expect(label.fr).toBe(label.en);
    else expect(label.fr).not.toBe(label.en);
  });

  it.each(entries)('%s has the same placeholders in both languages', (_, label) => {
    expect(placeholders(label.fr)).toEqual(placeholders(label.en));
  });

  it('names every revenue stream', () => {
    expect(Object.keys(CLI_WORDS.en.stream).sort()).toEqual([...STREAMS].sort());
  });

  it('has every English key in French, and no other: one file per language', () => {
    const keys = (words: object) => Object.entries(words).flatMap(([group, w]) => Object.keys(w as object).map((key) => `${group}.${key}`)).sort();
    expect(keys(CLI_WORDS.fr)).toEqual(keys(CLI_WORDS.en));
  });
});

describe('wordsFor', () => {
  it('says the codes of the core in French', () => {
    const fr = wordsFor('fr');
    expect([fr.decision('eligible'), fr.decision('ineligible'), fr.decision('incomplete')]).toEqual(['éligible', 'non éligible', 'incomplet']);
    expect([fr.status('met'), fr.status('unmet'), fr.status('pending'), fr.status('unknown')]).toEqual(['remplie', 'non remplie', 'en attente', 'inconnue']);
    expect([fr.kind('blocking'), fr.kind('weighing')]).toEqual(['bloquante', 'pondérée']);
    expect([fr.mode('partnership'), fr.mode('client')]).toEqual(['partenariat', 'client']);
    expect(STREAMS.map(fr.stream)).toEqual(['sponsoring', 'pay-per-view', 'DVD', 'atelier']);
  });

  it('keeps the codes in English, as the CSV and JSON write them', () => {
    const en = wordsFor('en');
    expect([en.decision('ineligible'), en.status('unmet'), en.kind('weighing'), en.mode('partnership')]).toEqual(['ineligible', 'unmet', 'weighing', 'partnership']);
    expect(STREAMS.map(en.stream)).toEqual([...STREAMS]);
  });

  it('fills the placeholders of a line', () => {
    expect(wordsFor('fr').say('decisionLine', { decision: 'non éligible', preference: '0.6250' })).toBe('Décision : non éligible   Préférence : 0.6250');
    expect(wordsFor('en').say('covered', { covered: 2, preference: '2.0000' })).toBe('Covered: 2 event(s), total preference 2.0000');
  });

  it('fills in one pass: a value holding a placeholder is shown as it is', () => {
    expect(wordsFor('en').say('withoutContract', { requests: 'req-{requests}' })).toBe('Covered without a contract yet (breakeven not fixed): req-{requests}');
  });

  it('says why a plan leaves a request out, with its rules or the requests that outbid it', () => {
    const fr = wordsFor('fr');
    expect(fr.reason({ requestId: 'r', eventId: 'e', reason: 'ineligible', rules: ['C0', 'C9.3'] })).toBe('non éligible : C0, C9.3');
    expect(fr.reason({ requestId: 'r', eventId: 'e', reason: 'outbid', by: ['req-a', 'req-b'] })).toBe('devancée par req-a, req-b');
    expect(fr.reason({ requestId: 'r', eventId: 'e', reason: 'no_crew' })).toBe('aucune équipe ne peut la couvrir');
    expect(wordsFor('en').reason({ requestId: 'r', eventId: 'e', reason: 'outbid', by: ['req-a'] })).toBe('outbid by req-a');
  });
});
