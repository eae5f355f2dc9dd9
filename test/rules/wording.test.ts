import { describe, expect, it } from 'vitest';
import { manySpeakersInput, withChange } from '../utils/factory.js';
import { evaluate, findingOf } from '../utils/evaluate.js';

// Met messages about the filmed speakers and plenaries read right for none, one and several,
// in both languages (an organizer reads them as they are).
function messages(input: unknown, rule: string): { status: string; en: string; fr: string } {
  const en = findingOf(evaluate(input, { locale: 'en' }), rule);
  const fr = findingOf(evaluate(input, { locale: 'fr' }), rule);
  return { status: en.status, en: en.message, fr: fr.message };
}

const noneFilmed = () => withChange((i) => (i.event.sessions = []));

describe('met wording by count', () => {
  it.each([
    ['C6.1', 0, "No speaker is filmed: nobody to tell.", "Aucun intervenant n'est filmé : personne à prévenir."],
    ['C6.1', 1, 'The filmed speaker knew well in advance that they are filmed.', "L'intervenant filmé sait bien en amont que nous le filmons."],
    ['C6.1', 2, 'All 2 filmed speakers knew well in advance that they are filmed.', 'Les 2 intervenants filmés savent bien en amont que nous les filmons.'],
    ['C6.2', 0, 'No speaker is filmed: no release to sign.', "Aucun intervenant n'est filmé : aucune autorisation à signer."],
    ['C6.2', 1, 'The filmed speaker signed the image-rights and broadcast release in advance.', "L'intervenant filmé a signé en amont l'autorisation de cession de droit à l'image et de diffusion."],
    ['C6.2', 2, 'All 2 filmed speakers signed the image-rights and broadcast release in advance.', "Les 2 intervenants filmés ont signé en amont l'autorisation de cession de droit à l'image et de diffusion."],
    ['C6.3', 0, 'No speaker is filmed: no profile to complete.', "Aucun intervenant n'est filmé : aucun profil à compléter."],
    ['C6.3', 1, 'The filmed speaker completed their profile on the platform well in advance.', "L'intervenant filmé a complété son profil sur la plateforme bien en amont."],
    ['C6.3', 2, 'All 2 filmed speakers completed their profile on the platform well in advance.', 'Les 2 intervenants filmés ont complété leur profil sur la plateforme bien en amont.'],
  ])('%s with %i filmed speakers', (rule, n, en, fr) => {
    const input = n === 0 ? noneFilmed() : manySpeakersInput(n);
    expect(messages(input, rule)).toEqual({ status: 'met', en, fr });
  });

  it.each([
    [1, 'The filmed plenary session lists who speaks.', 'Les noms des intervenants sont disponibles pour la session plénière filmée.'],
    [3, 'Each of the 3 filmed plenary sessions lists who speaks.', 'Les noms des intervenants sont disponibles pour chacune des 3 sessions plénières filmées.'],
  ])('C8 with %i filmed plenaries', (n, en, fr) => {
    expect(messages(manySpeakersInput(n), 'C8')).toEqual({ status: 'met', en, fr });
  });
});
