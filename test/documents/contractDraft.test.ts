import { describe, expect, it } from 'vitest';
import { contractDraft, contractMarkdown, type ContractDraft } from '../../src/documents/index.js';
import requests from '../../examples/data/requests.json' with { type: 'json' };
import { validInput, withChange } from '../utils/factory.js';
import { thrown } from '../utils/thrown.js';

// The demo's partnership requests, each with its own contract (the client one has no framework contract).
const partnership = requests.filter((r) => r.mode === 'partnership');

function text(draft: ContractDraft): string {
  return [draft.title, draft.subtitle, ...draft.preamble, ...draft.articles.flatMap((a) => [a.heading, ...a.paragraphs]), ...draft.signatures.flatMap((s) => [s.role, s.name, s.line])].join('\n');
}

describe('contractDraft', () => {
  describe('golden drafts of the demo events', () => {
    it.each(partnership.flatMap((r) => (['en', 'fr'] as const).map((locale) => [r.id, locale] as const)))('%s in %s', async (id, locale) => {
      const request = partnership.find((r) => r.id === id)!;
      await expect(contractMarkdown(contractDraft(undefined, request as never, { locale }))).toMatchFileSnapshot(`golden/contract-${id}.${locale}.md`);
    });
  });

  describe('figures (hand-computed)', () => {
    const webdays = requests[0]!;

    it('fixes the breakeven, the 50-50 share and a worked example, exactly, in English', () => {
      const draft = contractDraft(undefined, webdays as never);
      const money = draft.articles.find((a) => a.heading === 'Breakeven and sharing of sponsor money')!;
      expect(money.number).toBe(4);
      expect(money.paragraphs[1]).toContain('is €3,000.00.');
      expect(money.paragraphs[2]).toContain('50% to the organizer and 50% to the platform');
      // 6,000.00 received: 3,000.00 covers the breakeven, 3,000.00 above it, half of which (1,500.00) to the organizer.
      expect(money.paragraphs[3]).toBe('For example, sponsor money of €6,000.00 in all covers the breakeven and leaves €3,000.00 above it, of which the organizer receives €1,500.00; the platform receives €4,500.00 in all.');
    });

    it('says the same figures in French, as Intl writes them (narrow no-break space, comma, € after)', () => {
      const draft = contractDraft(undefined, webdays as never, { locale: 'fr' });
      const all = text(draft);
      expect(all).toContain('est de 3\u202f000,00\u00a0€.');
      expect(all).toContain('50\u00a0% pour l’organisateur et 50\u00a0% pour la plateforme');
      expect(all).toContain('l’organisateur reçoit 30\u00a0% et la plateforme 70\u00a0%');
    });

    it('gives pay-per-view its own article with its own share, outside the breakeven', () => {
      const ppv = contractDraft(undefined, webdays as never).articles[5]!;
      expect(ppv.heading).toBe('Pay-per-view broadcasts');
      expect(ppv.paragraphs[1]).toBe('Of this revenue, the organizer receives 30% and the platform 70%. This revenue does not count toward the breakeven: it is shared from the first unit received.');
    });

    it('writes an agreed share and an odd amount exactly: 0.35 of 1,234.57 EUR above 1,234.57', () => {
      const input = withChange((r) => {
        r.contract.organizerShare = '0.35';
        r.contract.breakeven = { amount: '1234.57', currency: 'EUR' };
      });
      const all = text(contractDraft(undefined, input));
      expect(all).toContain('35% to the organizer and 65% to the platform');
      // 2,469.14 received, 1,234.57 above: floor(0.35 × 123,457 cents) = 43,209 cents to the organizer.
      expect(all).toContain('sponsor money of €2,469.14 in all covers the breakeven and leaves €1,234.57 above it, of which the organizer receives €432.09; the platform receives €2,037.05 in all.');
    });

    it('writes a currency without minor units as Intl does (JPY)', () => {
      const input = withChange((r) => (r.contract.breakeven = { amount: '150000', currency: 'JPY' }));
      expect(text(contractDraft(undefined, input))).toContain('is JP¥150,000.');
    });

    it('writes the minor units of the money module, not Intl\'s own digits (HUF has 2 in ISO 4217, 0 in Intl)', () => {
      const input = withChange((r) => (r.contract.breakeven = { amount: '1234.50', currency: 'HUF' }));
      expect(text(contractDraft(undefined, input, { locale: 'fr' }))).toContain('est de 1\u202f234,50\u00a0HUF.');
    });

    it('leaves the example out for a zero breakeven', () => {
      const input = withChange((r) => (r.contract.breakeven = { amount: '0', currency: 'EUR' }));
      expect(text(contractDraft(undefined, input))).not.toContain('For example');
    });
  });

  describe('clauses', () => {
    it('has one article per other stream the contract shares, in the order of STREAMS, and none for the others', () => {
      const input = withChange((r) => {
        r.contract.clauses = { workshop: { organizerShare: '0.6', countsTowardBreakeven: true }, dvd: { organizerShare: '0.25', countsTowardBreakeven: false } };
        r.event.sessions.push({ id: 'wks-1', title: 'Cloud lab', kind: 'workshop', start: '2026-03-14T16:00:00+01:00', end: '2026-03-14T17:00:00+01:00' });
      });
      const draft = contractDraft(undefined, input);
      expect(draft.articles.map((a) => a.heading).slice(5, 7)).toEqual(['DVD orders', 'Paid coverage of commercial workshops']);
      expect(draft.articles.map((a) => a.number)).toEqual(draft.articles.map((_, i) => i + 1));
      const workshop = draft.articles[6]!;
      expect(workshop.paragraphs[0]).toContain('(here: Cloud lab (wks-1), 14 March 2026, 16:00–17:00: live stream and video on demand)');
      expect(workshop.paragraphs[1]).toContain('the organizer receives 60% and the platform 40%. This revenue first counts toward the breakeven');
      // DVD orders are a use every release must cover.
      expect(text(draft)).toContain('covering these uses: live stream, video on demand, DVD and post-event clip.');
      expect(text(draft)).not.toContain('Pay-per-view');
    });

    it('names filmed workshops that no paid workshop clause covers', () => {
      const input = withChange((r) => r.event.sessions.push({ id: 'wks-1', kind: 'workshop', start: '2026-03-14T16:00:00+01:00', end: '2026-03-14T17:00:00+01:00' }));
      expect(contractDraft(undefined, input).articles[1]!.paragraphs[2]).toBe('The following workshops are not covered by this agreement, which holds no paid workshop clause: wks-1.');
    });

    it('carries every condition of the seed: sole crew, veto, releases, venue, sound, credit, clip and mailing, promotion', () => {
      const headings = contractDraft(undefined, validInput()).articles.map((a) => a.heading);
      expect(headings).toEqual([
        'Parties and purpose',
        'The event and its coverage',
        'Sole film crew',
        'Breakeven and sharing of sponsor money',
        "Sponsors of the filming and the organizer's veto",
        'Speakers and image rights',
        'Venue and light',
        'Sound',
        'Credit as media partner',
        'Post-event clip',
        'Promotion',
        'Signature',
      ]);
    });

    it('invites rather than binds when the organizer has not committed to the credit or the mailing, and says when no clip is planned', () => {
      const loose = withChange((r) => {
        r.partner.commitments.mediaPartnerCredit = false;
        r.contract.postEventMailing = false;
      });
      const all = text(contractDraft(undefined, loose));
      expect(all).toContain('The organizer is invited to credit Webcastory');
      expect(all).toContain('The organizer is invited to send the clip');
      const noClip = withChange((r) => (r.contract.clipPlanned = false));
      expect(text(contractDraft(undefined, noClip))).toContain('No post-event clip is planned for this event; the platform still offers to make one.');
    });

    it('leaves a signature line to fill while a party has not signed', () => {
      const input = withChange((r) => delete r.contract.parties.organizer.signedAt);
      expect(contractDraft(undefined, input).signatures.map((s) => s.line)).toEqual(['Signed on 2026-02-05', 'Date and signature:']);
    });

    it('says a multi-day event from one day to the other, in both languages', () => {
      const input = withChange((r) => (r.event.end = '2026-03-15T18:00:00+01:00'));
      expect(text(contractDraft(undefined, input))).toContain('from 14 March 2026, 09:00 to 15 March 2026, 18:00 (times at UTC+01:00)');
      expect(text(contractDraft(undefined, input, { locale: 'fr' }))).toContain('a lieu du 14 mars 2026, 09:00 au 15 mars 2026, 18:00 (heures en UTC+01:00)');
    });

    it('takes the contract passed over the request\'s own', () => {
      const own = validInput().contract;
      const draft = contractDraft({ ...own, id: 'ctr-other', breakeven: { amount: '999', currency: 'EUR' } }, validInput());
      expect(draft.subtitle).toContain('contract ctr-other');
      expect(text(draft)).toContain('is €999.00.');
    });
  });

  describe('people\'s data and names', () => {
    it('never writes contact details, and writes ids and names as given', () => {
      const all = text(contractDraft(undefined, requests[0] as never)) + text(contractDraft(undefined, requests[0] as never, { locale: 'fr' }));
      for (const secret of ['@', 'sam.sound', '+33', 'Olga']) expect(all).not.toContain(secret);
      for (const name of ['Webcastory', 'Web Days SAS', 'evt-webdays', 'Salle Gaveau', 'Ana, Ben and Chloé', 'BigTel']) expect(all).toContain(name);
    });

    it('escapes control characters in a name, and Markdown keeps a name as text', () => {
      const input = withChange((r) => (r.contract.parties.organizer.name = 'Evil\u001b[2J *Corp*\n# Title'));
      const draft = contractDraft(undefined, input);
      expect(draft.signatures[1]!.name).toBe('Evil\\x1b[2J *Corp*\\x0a# Title');
      expect(contractMarkdown(draft)).toContain('Evil\\\\x1b\\[2J \\*Corp\\*\\\\x0a\\# Title');
    });
  });

  describe('errors', () => {
    it('reports every bad field of the contract and of the request together, each under its own root', () => {
      const input = withChange((r) => delete r.event.venue);
      const error = thrown(() => contractDraft({ parties: { platform: { name: 'P' } }, breakeven: { amount: '1', currency: 'EURO' } } as never, input));
      expect(error.code).toBe('invalid_input');
      expect(error.issues.map((i) => i.path)).toEqual(expect.arrayContaining(['request.event.venue', 'contract.parties.organizer', 'contract.breakeven.currency']));
    });

    it('needs a contract, passed or in the request', () => {
      const input = withChange((r) => delete r.contract);
      const error = thrown(() => contractDraft(undefined, input));
      expect(error.issues).toEqual([{ code: 'invalid_input', path: 'contract', message: expect.stringContaining('a contract') }]);
    });

    it('drafts no framework contract for a client request', () => {
      const client = requests.find((r) => r.mode === 'client')!;
      const error = thrown(() => contractDraft(undefined, client as never));
      expect(error.code).toBe('invalid_value');
      expect(error.issues[0]!.path).toBe('request.mode');
      expect(error.message).toContain('got `client`');
    });

    it('rejects unknown options and languages, naming them', () => {
      expect(thrown(() => contractDraft(undefined, validInput(), { locael: 'fr' } as never)).issues[0]).toMatchObject({ code: 'unknown_key', path: 'options.locael', message: expect.stringContaining('did you mean `locale`?') });
      expect(thrown(() => contractDraft(undefined, validInput(), { locale: 'de' } as never))).toMatchObject({ code: 'invalid_locale', message: 'Expected `options.locale` to be `en` or `fr`, got `de`' });
      expect(thrown(() => contractDraft(undefined, validInput(), 'fr' as never)).code).toBe('invalid_options');
    });
  });
});
