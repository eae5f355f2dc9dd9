// The shape of a contract draft and of a language's clauses: one file both the builder and the
// catalogues import, so neither imports the other.
import type { Locale } from '../rules/types.js';
import type { ContractFacts, StreamTerms } from './_contractFacts.js';

/** One numbered article of a contract draft. */
export interface ContractArticle {
  /** 1, 2, 3… in the order of the draft. */
  readonly number: number;
  readonly heading: string;
  /** The article's paragraphs, each plain text (no markup). */
  readonly paragraphs: readonly string[];
}

/** Where a party signs: its role, its name, and the signature line (signed on a date, or to be signed). */
export interface SignatureLine {
  readonly role: string;
  readonly name: string;
  readonly line: string;
}

/**
 * A filled framework contract, in one language: what {@link contractMarkdown} and
 * {@link contractDocx} render, plain text throughout (the writers add the markup).
 */
export interface ContractDraft {
  readonly locale: Locale;
  readonly title: string;
  /** The event, and the contract and request ids. */
  readonly subtitle: string;
  /** Said before the articles: that this is a draft, and between whom. */
  readonly preamble: readonly string[];
  readonly articles: readonly ContractArticle[];
  readonly signatures: readonly SignatureLine[];
}

/** An article before it is numbered. */
export interface Section {
  readonly heading: string;
  readonly paragraphs: readonly string[];
}

/** The revenue streams a contract may share beside sponsorship, each with a clause of its own. */
export type OtherStream = 'pay_per_view' | 'dvd' | 'workshop';

/** A language's clauses of the framework contract: each puts the facts into sentences. @internal */
export interface ContractClauses {
  readonly title: string;
  subtitle(f: ContractFacts): string;
  preamble(f: ContractFacts): readonly string[];
  parties(f: ContractFacts): Section;
  event(f: ContractFacts): Section;
  soleCrew(f: ContractFacts): Section;
  breakeven(f: ContractFacts): Section;
  sponsors(f: ContractFacts): Section;
  readonly stream: { readonly [S in OtherStream]: (f: ContractFacts, terms: StreamTerms) => Section };
  speakers(f: ContractFacts): Section;
  venue(f: ContractFacts): Section;
  audio(f: ContractFacts): Section;
  credit(f: ContractFacts): Section;
  clip(f: ContractFacts): Section;
  promotion(f: ContractFacts): Section;
  signature(f: ContractFacts): Section;
  readonly roles: { readonly platform: string; readonly organizer: string };
  signedOn(date: string): string;
  readonly unsigned: string;
}
