import { isPartnershipError, type PartnershipError } from '../errors.js';
import { parseContract, type Contract, type ContractInput } from '../models/contract.js';
import { parseCoverageRequest, type CoverageRequest, type CoverageRequestInput } from '../models/coverageRequest.js';
import type { Unchecked } from '../models/parse.js';
import type { Locale } from '../rules/types.js';
import { Issues, rejectValue } from '../_lib/reject.js';
import { isRecord, own } from '../_lib/record.js';
import { contractFacts } from './_contractFacts.js';
import type { ContractArticle, ContractClauses, ContractDraft, Section } from './_contractTypes.js';
import { contractClausesEn } from './contractClauses.en.js';
import { contractClausesFr } from './contractClauses.fr.js';

export type { ContractArticle, ContractDraft, SignatureLine } from './_contractTypes.js';

/** Options of {@link contractDraft}. */
export interface ContractDraftOptions {
  /** The language of the draft: `en` (default) or `fr`. */
  readonly locale?: Locale;
}

const CLAUSES: Readonly<Record<Locale, ContractClauses>> = { en: contractClausesEn, fr: contractClausesFr };

function readLocale(options: unknown): Locale {
  if (options === undefined) return 'en';
  if (!isRecord(options)) return rejectValue('invalid_options', 'options', 'options `{ locale? }`', options);
  const issues = new Issues();
  issues.unknownKeys(options, ['locale'], 'options');
  issues.throwIfAny('invalid_options');
  const locale = own(options, 'locale');
  if (locale === undefined) return 'en';
  if (locale !== 'en' && locale !== 'fr') return rejectValue('invalid_locale', 'options.locale', '`en` or `fr`', locale);
  return locale;
}

/** Runs a parse, recording its PartnershipError's issues in `issues` instead of throwing. */
function attempt<T>(issues: Issues, parse: () => T): T | undefined {
  try {
    return parse();
  } catch (error) {
    if (!isPartnershipError(error)) throw error;
    issues.record((error as PartnershipError).issues, error.message);
    return undefined;
  }
}

/** The articles in the order of the framework contract, the stream clauses only for the streams the contract shares. */
function sections(c: ContractClauses, f: ReturnType<typeof contractFacts>): Section[] {
  return [
    c.parties(f),
    c.event(f),
    c.soleCrew(f),
    c.breakeven(f),
    c.sponsors(f),
    ...f.streams.map(([stream, terms]) => c.stream[stream](f, terms)),
    c.speakers(f),
    c.venue(f),
    c.audio(f),
    c.credit(f),
    c.clip(f),
    c.promotion(f),
    c.signature(f),
  ];
}

/**
 * Fills the platform's framework contract (the seed's « cadre-type », § 9) for one partnership
 * request: the parties, the event and its filmed sessions, the breakeven fixed in advance and the
 * share above it (50-50 unless the contract agrees another), one article per other revenue stream
 * the contract shares (pay-per-view, DVD, paid workshop coverage), the organizer's veto over
 * sponsors, the sole film crew, the speakers' image-rights releases as a condition, the venue's
 * light and the sound, the media-partner credit, the post-event clip and mailing, and the promotion
 * commitments. Amounts are exact, formatted by `Intl` for the language (`3 000,00 €`). Personal
 * data (contacts, e-mail addresses, phone numbers) is never written; ids and names come as given,
 * control characters escaped.
 *
 * @param contract - the contract (its parties, breakeven, shares and clauses); `undefined` takes the request's own `contract`.
 * @param request - the coverage request, in `partnership` mode (the framework contract is the partnership one).
 * @param options - `locale`: `en` (default) or `fr`.
 * @returns a draft that {@link contractMarkdown} and {@link contractDocx} render.
 * @throws {PartnershipError} `invalid_input` with every issue of the contract (paths under `contract`)
 *   and of the request (under `request`); `invalid_input` at `contract` when neither gives a contract;
 *   `invalid_value` at `request.mode` for a `client` request; `invalid_options` for options that are
 *   not `{ locale? }` (`unknown_key` issues name the key); `invalid_locale` for another language.
 * @example
 * const draft = contractDraft(undefined, request, { locale: 'fr' });
 * draft.articles[3].heading //=> 'Point mort et partage de l’apport des sponsors'
 */
export function contractDraft(contract: ContractInput | Contract | undefined, request: CoverageRequestInput | CoverageRequest, options?: ContractDraftOptions): ContractDraft;
/** Takes data whose type says nothing of its shape (`unknown`, `any`, a JSON record) as well: see {@link Unchecked}. */
export function contractDraft<C, R>(contract: C & Unchecked<C>, request: R & Unchecked<R>, options?: ContractDraftOptions): ContractDraft;
export function contractDraft(contract: unknown, request: unknown, options?: ContractDraftOptions): ContractDraft {
  const locale = readLocale(options);
  // The contract and the request are both checked, so that one error names every bad field of both.
  const issues = new Issues();
  const parsedRequest = attempt(issues, () => parseCoverageRequest(request, 'request'));
  const given: unknown = contract ?? parsedRequest?.contract;
  const parsedContract = given === undefined ? undefined : attempt(issues, () => parseContract(given, 'contract'));
  if (given === undefined && parsedRequest !== undefined) {
    issues.invalid('contract', 'a contract (passed, or the request\'s own `contract`)', undefined);
  }
  issues.throwIfAny('invalid_input');
  const req = parsedRequest!;
  if (req.mode !== 'partnership') {
    rejectValue('invalid_value', 'request.mode', '`partnership` (the framework contract is the partnership contract; client coverage is bought on a quote)', req.mode);
  }
  const clauses = CLAUSES[locale];
  const facts = contractFacts(parsedContract!, req, locale);
  const articles: ContractArticle[] = sections(clauses, facts).map((section, index) => ({ number: index + 1, heading: section.heading, paragraphs: section.paragraphs }));
  const signatures = (['platform', 'organizer'] as const).map((role) => {
    const signedAt = facts.signedAt[role];
    return { role: clauses.roles[role], name: role === 'platform' ? facts.platform : facts.organizer, line: signedAt === undefined ? clauses.unsigned : clauses.signedOn(signedAt) };
  });
  return { locale, title: clauses.title, subtitle: clauses.subtitle(facts), preamble: clauses.preamble(facts), articles, signatures };
}
