// C6.4 `online-conversation` (src/rules/onlineConversation.ts): the speakers commit to carry the conversation on online.
import { describe, expect, it } from 'vitest';
import { validInput, withChange } from '../utils/factory.js';
import { described, findingCases, outlineCases, ruleOf, WEEK_DUE, WEEK_EN, WEEK_FR } from '../utils/ruleCases.js';
import type { FindingCase, OutlineCase } from '../utils/ruleCases.js';

// A week before the start under FIXED_POLICY: the releases', profiles' and audio's deadline.
const RELEASE_DEADLINE = '2026-03-07T08:00:00Z';
const AFTER_RELEASES = '2026-03-08T12:00:00Z';

// Every branch, exact (what Stryker checks the wording and the deadlines against): status, evidence,
// parameters, deadline, message in both languages, remedy; one or several, before the deadline, at its
// instant and after.
const FINDINGS: readonly FindingCase[] = [
  {
    name: 'met when the speakers commit to the online conversation',
    input: validInput(),
    expected: {
      status: 'met',
      evidence: { onlineConversation: true, filmedSpeakers: 3 },
      en: 'The speakers commit to carry the conversation on online after the event.',
      fr: "Les conférenciers s'engagent à poursuivre la conversation en ligne après l'événement.",
    },
  },
  {
    name: 'pending at the deadline instant without the commitment',
    input: withChange((i) => (i.partner.commitments.onlineConversation = false)),
    options: { asOf: RELEASE_DEADLINE },
    expected: {
      status: 'pending',
      evidence: { onlineConversation: false, filmedSpeakers: 3 },
      en: `The speakers have not committed to carry the conversation on online: the 15-minute Q&A at the end of a talk is not enough; due by ${WEEK_EN}.`,
      fr: `Les conférenciers ne se sont pas engagés à poursuivre la conversation en ligne : le temps des 15 minutes de questions-réponses en fin de conférence est révolu ; engagement attendu avant le ${WEEK_FR}.`,
      remedy: {
        code: 'conversation_not_committed',
        ...WEEK_DUE,
        en: `Ask the filmed speakers to commit to answer the members' questions online after the event, and say so in the request by ${WEEK_EN}: own the conversation.`,
        fr: `Demandez aux conférenciers filmés de s'engager à répondre en ligne aux questions des membres après l'événement, et indiquez-le dans la demande avant le ${WEEK_FR} : assumez la conversation.`,
      },
    },
  },
  {
    name: 'unmet after the profiles’ deadline without the commitment',
    input: withChange((i) => (i.partner.commitments.onlineConversation = false)),
    options: { asOf: AFTER_RELEASES },
    expected: {
      status: 'unmet',
      evidence: { onlineConversation: false, filmedSpeakers: 3 },
      en: 'The speakers have not committed to carry the conversation on online: the 15-minute Q&A at the end of a talk is not enough.',
      fr: 'Les conférenciers ne se sont pas engagés à poursuivre la conversation en ligne : le temps des 15 minutes de questions-réponses en fin de conférence est révolu.',
      remedy: {
        code: 'conversation_not_committed',
        en: "Ask the filmed speakers to commit to answer the members' questions online after the event, and say so in the request: own the conversation.",
        fr: "Demandez aux conférenciers filmés de s'engager à répondre en ligne aux questions des membres après l'événement, et indiquez-le dans la demande : assumez la conversation.",
      },
    },
  },
];

const OUTCOMES: readonly OutlineCase[] = [
  { name: 'met when the speakers commit to the online conversation', input: validInput(), expected: { status: 'met', evidence: { onlineConversation: true, filmedSpeakers: 3 } } },
  { name: 'pending without the commitment, before the profiles’ deadline', input: withChange((i) => (i.partner.commitments.onlineConversation = false)), expected: { status: 'pending', evidence: { onlineConversation: false }, dueLocal: '2026-03-07T09:00+01:00' } },
  { name: 'unmet without the commitment after the deadline', input: withChange((i) => (i.partner.commitments.onlineConversation = false)), options: { asOf: AFTER_RELEASES }, expected: { status: 'unmet', evidence: { onlineConversation: false } } },
];

describe('C6.4 online-conversation', () => {
  it('is § 6, weighing by default, one finding for the event', () => {
    expect(described(ruleOf('C6.4'))).toStrictEqual({ id: 'C6.4', name: 'online-conversation', clause: '§ 6', defaultKind: 'weighing', scope: 'event' });
  });

  describe('findings, exact in English and French', () => findingCases('C6.4', { parameters: ['profileLeadDays'], due: WEEK_DUE }, FINDINGS));

  describe('outcomes', () => outlineCases('C6.4', OUTCOMES));
});
