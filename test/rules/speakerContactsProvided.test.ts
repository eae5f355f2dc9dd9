// C8.b `speaker-contacts-provided` (src/rules/speakerContactsProvided.ts): the organizer gives the filmed speakers' e-mail addresses.
import { describe, expect, it } from 'vitest';
import { validInput, withChange } from '../utils/factory.js';
import { described, findingCases, outlineCases, ruleOf } from '../utils/ruleCases.js';
import type { FindingCase, OutlineCase } from '../utils/ruleCases.js';

const NOTICE_DUE = { dueAt: '2026-02-28T08:00:00.000Z', dueLocal: '2026-02-28T09:00+01:00' } as const;

// Every branch, exact (what Stryker checks the wording and the deadlines against): status, evidence,
// parameters, deadline, message in both languages, remedy; one or several, before the deadline, at its
// instant and after.
const FINDINGS: readonly FindingCase[] = [
  {
    name: 'met without a commitment when every filmed speaker has an e-mail address',
    input: withChange((i) => (i.partner.commitments.speakerEmailsProvided = false)),
    expected: {
      status: 'met',
      evidence: { committed: false, filmedSpeakers: 3, speakersWithEmail: 3 },
      en: "The organizer gives the speakers' e-mail addresses.",
      fr: "L'organisateur nous fournit les moyens de contacter par email les conférenciers.",
    },
  },
  {
    name: 'unmet without a commitment when no filmed session lists a speaker (0 of 0 is not every address)',
    input: withChange((i) => {
      i.partner.commitments.speakerEmailsProvided = false;
      for (const s of i.event.sessions) s.speakerIds = [];
    }),
    expected: {
      status: 'unmet',
      evidence: { committed: false, filmedSpeakers: 0, speakersWithEmail: 0 },
      en: "The speakers' e-mail addresses are not provided (0 of 0).",
      fr: 'Les emails des conférenciers ne sont pas fournis (0 sur 0).',
      remedy: {
        code: 'speaker_emails_missing',
        en: "Give the platform the filmed speakers' e-mail addresses, so it can explain why they need an account.",
        fr: 'Fournissez à la plateforme les emails des conférenciers filmés, pour leur expliquer la nécessité de se créer un compte.',
      },
    },
  },
];

const OUTCOMES: readonly OutlineCase[] = [
  { name: 'met when the organizer commits to give the e-mails', input: validInput(), expected: { status: 'met', evidence: { committed: true, filmedSpeakers: 3, speakersWithEmail: 3 } } },
  { name: 'met when every filmed speaker has an e-mail', input: withChange((i) => (i.partner.commitments.speakerEmailsProvided = false)), expected: { status: 'met' } },
  { name: 'unmet when a filmed speaker’s e-mail is missing and nothing is committed', input: withChange((i) => { i.partner.commitments.speakerEmailsProvided = false; delete i.speakers[1].email; }), expected: { status: 'unmet', evidence: { speakersWithEmail: 2 } } },
];

describe('C8.b speaker-contacts-provided', () => {
  it('is § 8, weighing by default, one finding for the event', () => {
    expect(described(ruleOf('C8.b'))).toStrictEqual({ id: 'C8.b', name: 'speaker-contacts-provided', clause: '§ 8', defaultKind: 'weighing', scope: 'event' });
  });

  describe('findings, exact in English and French', () => findingCases('C8.b', { parameters: ['speakerNoticeDays'], due: NOTICE_DUE }, FINDINGS));

  describe('outcomes', () => outlineCases('C8.b', OUTCOMES));
});
