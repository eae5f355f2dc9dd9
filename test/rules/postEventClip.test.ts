/* eslint-disable @typescript-eslint/no-explicit-any -- test inputs are loose JSON, changed one field at a time */
// C11 `post-event-clip` (src/rules/postEventClip.ts): the organizer commits to send the clip in the post-event mailing.
import { describe, expect, it } from 'vitest';
import { validInput, withChange } from '../utils/factory.js';
import { described, findingCases, outlineCases, ruleOf, START_DUE, START_EN, START_FR } from '../utils/ruleCases.js';
import type { FindingCase, OutlineCase } from '../utils/ruleCases.js';

// The contract's deadline under FIXED_POLICY: the start.
const AT_DEADLINE = '2026-03-14T08:00:00Z';
const JUST_AFTER = '2026-03-14T08:00:01Z';
const AFTER_START = '2026-03-14T10:00:00+01:00';
const noMailing = (i: any): void => {
  i.contract.postEventMailing = false;
  i.partner.commitments.postEventMailing = false;
};
const NO_MAILING = (late: boolean, draftSays = false) => ({
  en: `The organizer has not committed to send the clip in its post-event mailing${draftSays ? ' (the draft contract says so, but a draft is not an agreement)' : ''}${late ? '' : `; due by ${START_EN}`}.`,
  fr: `L'organisateur ne s'est pas engagé à diffuser le clip dans son mailing "post événement"${draftSays ? " (le projet de contrat le prévoit, mais un projet n'est pas un accord)" : ''}${late ? '' : ` ; engagement attendu avant le ${START_FR}`}.`,
  remedy: {
    code: 'post_event_mailing_missing',
    ...(late ? {} : START_DUE),
    en: `Commit, in the contract signed by both parties, to send the platform's post-event clip in your post-event mailing${late ? '' : ` (by ${START_EN})`}.`,
    fr: `Engagez-vous, au contrat signé par les deux parties, à diffuser le clip de la plateforme dans votre mailing "post événement"${late ? '' : ` (avant le ${START_FR})`}.`,
  },
});
const NO_MAILING_INPUT = (): any => withChange((i) => { i.contract.postEventMailing = false; i.partner.commitments.postEventMailing = false; });

// Every branch, exact (what Stryker checks the wording and the deadlines against): status, evidence,
// parameters, deadline, message in both languages, remedy; one or several, before the deadline, at its
// instant and after.
const FINDINGS: readonly FindingCase[] = [
  {
    name: 'met when only the contract commits to the mailing',
    input: withChange((i) => (i.partner.commitments.postEventMailing = false)),
    expected: { status: 'met', evidence: { clipPlanned: true, mailingCommitted: true, contractSigned: true }, en: 'The organizer commits to send the clip in its post-event mailing.', fr: "L'organisateur s'engage à diffuser le clip dans son mailing post-événement." },
  },
  {
    name: 'met when only the organizer’s commitments include the mailing',
    input: withChange((i) => (i.contract.postEventMailing = false)),
    expected: { status: 'met', evidence: { clipPlanned: true, mailingCommitted: true, contractSigned: true }, en: 'The organizer commits to send the clip in its post-event mailing.', fr: "L'organisateur s'engage à diffuser le clip dans son mailing post-événement." },
  },
  {
    name: 'met when the signed contract plans no clip',
    input: withChange((i) => { i.contract.clipPlanned = false; i.contract.postEventMailing = false; i.partner.commitments.postEventMailing = false; }),
    expected: { status: 'met', evidence: { clipPlanned: false, mailingCommitted: false, contractSigned: true }, en: 'No clip is planned for this event.', fr: "Aucun clip n'est prévu pour cet événement." },
  },
  {
    name: 'pending without a contract: a clip is always offered',
    input: withChange((i) => { delete i.contract; i.partner.commitments.postEventMailing = false; }),
    expected: { status: 'pending', evidence: { clipPlanned: true, mailingCommitted: false, contractSigned: false }, ...NO_MAILING(false) },
  },
  {
    name: 'pending when only a draft the organizer has not signed commits to the mailing',
    input: withChange((i) => { delete i.contract.parties.organizer.signedAt; i.partner.commitments.postEventMailing = false; }),
    expected: { status: 'pending', evidence: { clipPlanned: true, mailingCommitted: false, contractSigned: false }, ...NO_MAILING(false, true) },
  },
  {
    name: 'unmet when the draft committing to the mailing is still unsigned after the deadline',
    input: withChange((i) => { delete i.contract.parties.platform.signedAt; i.partner.commitments.postEventMailing = false; }),
    options: { asOf: JUST_AFTER },
    expected: { status: 'unmet', evidence: { clipPlanned: true, mailingCommitted: false, contractSigned: false }, ...NO_MAILING(true, true) },
  },
  {
    name: 'pending when only a draft plans no clip: a clip is always offered until the contract is signed',
    input: withChange((i) => { i.contract.clipPlanned = false; i.contract.postEventMailing = false; i.partner.commitments.postEventMailing = false; delete i.contract.parties.organizer.signedAt; }),
    expected: { status: 'pending', evidence: { clipPlanned: true, mailingCommitted: false, contractSigned: false }, ...NO_MAILING(false) },
  },
  { name: 'still pending at the deadline instant', input: NO_MAILING_INPUT(), options: { asOf: AT_DEADLINE }, expected: { status: 'pending', evidence: { clipPlanned: true, mailingCommitted: false, contractSigned: true }, ...NO_MAILING(false) } },
  { name: 'unmet a second after the deadline, the remedy without a due date', input: NO_MAILING_INPUT(), options: { asOf: JUST_AFTER }, expected: { status: 'unmet', evidence: { clipPlanned: true, mailingCommitted: false, contractSigned: true }, ...NO_MAILING(true) } },
];

const OUTCOMES: readonly OutlineCase[] = [
  { name: 'met when the organizer commits to mail the clip', input: validInput(), expected: { status: 'met' } },
  { name: 'met when the signed contract plans no clip', input: withChange((i) => { noMailing(i); i.contract.clipPlanned = false; }), expected: { status: 'met', evidence: { clipPlanned: false, contractSigned: true } } },
  { name: 'pending when a clip is planned and no mailing is committed yet', input: withChange(noMailing), expected: { status: 'pending', dueLocal: '2026-03-14T09:00+01:00' } },
  { name: 'unmet once the event started without the commitment', input: withChange(noMailing), options: { asOf: AFTER_START }, expected: { status: 'unmet' } },
  { name: 'pending when only an unsigned draft commits to the mailing', input: withChange((i) => { i.partner.commitments.postEventMailing = false; delete i.contract.parties.platform.signedAt; }), expected: { status: 'pending', evidence: { mailingCommitted: false, contractSigned: false } } },
  { name: 'pending when only an unsigned draft says no clip is planned: a clip is always offered', input: withChange((i) => { noMailing(i); i.contract.clipPlanned = false; delete i.contract.parties.organizer.signedAt; }), expected: { status: 'pending', evidence: { clipPlanned: true, contractSigned: false } } },
  { name: 'met on the organizer’s own commitment, whatever the contract', input: withChange((i) => { i.contract.postEventMailing = false; delete i.contract.parties.organizer.signedAt; }), expected: { status: 'met', evidence: { mailingCommitted: true } } },
];

describe('C11 post-event-clip', () => {
  it('is § 11, blocking by default, one finding for the event', () => {
    expect(described(ruleOf('C11'))).toStrictEqual({ id: 'C11', name: 'post-event-clip', clause: '§ 11', defaultKind: 'blocking', scope: 'event' });
  });

  describe('findings, exact in English and French', () => findingCases('C11', { parameters: ['contractLeadDays'], due: START_DUE }, FINDINGS));

  describe('outcomes', () => outlineCases('C11', OUTCOMES));
});
