import * as z from 'zod/mini';
import { lazySchema } from './_lazy.js';
import { type ExactDecimal, pow10, readDecimal } from '../money/ratio.js';
import { STREAMS } from '../money/streams.js';
import type { Stream } from '../money/streams.js';
import type { SettlementTerms, StreamClause } from '../money/types.js';
import { MoneySchema } from './moneySchema.js';
import { expected, parseWith, type InputOf, type Unchecked } from './parse.js';
import { timestampMs } from '../_lib/instant.js';
import { isRecord, own } from '../_lib/record.js';
import { rejectValue } from '../_lib/reject.js';
import { NonEmptyString, TimestampSchema } from './time.js';

/** A share read exactly by the money engine's own reader (`readDecimal`), or `undefined` when it is not one in [0, 1]. */
function exactShare(text: string): ExactDecimal | undefined {
  const read = readDecimal(text);
  if (typeof read === 'string' || read.digits < 0n || read.digits > pow10(read.scale)) return undefined;
  return read;
}

/**
 * A share as a decimal string in [0, 1], such as `"0.5"`: exactly what the settlement engine
 * accepts (the same reader, so the same grammar and the same 200-character limit). `".5"` and
 * `"1e-1"` are not shares; `"0.50"` is, and equals `"0.5"`.
 */
export const ShareSchema = lazySchema(() =>
  z.string().check(z.refine((text) => exactShare(text) !== undefined, expected('a decimal string in [0, 1], such as `"0.5"`', 'share_malformed'))),
);

/** Whether two shares that parsed are the same number, exactly (`"0.50"` equals `"0.5"`, `"0.50000000000000001"` does not). */
function sameShare(a: string, b: string): boolean {
  const x = exactShare(a);
  const y = exactShare(b);
  return x !== undefined && y !== undefined && x.digits === y.digits && x.scale === y.scale;
}

/** How one revenue stream is shared (matches `StreamClause`). */
export const StreamClauseSchema = lazySchema(() =>
  z.strictObject({
    organizerShare: ShareSchema,
    countsTowardBreakeven: z.boolean(),
  }),
);

/** One optional clause per stream of {@link STREAMS}: the contract's clause keys are that list. */
const ClausesSchema = lazySchema(() =>
  z.strictObject(
    Object.fromEntries(STREAMS.map((stream) => [stream, z.optional(StreamClauseSchema)])) as { [S in Stream]: z.ZodMiniOptional<typeof StreamClauseSchema> },
  ),
);

/** One party to the contract, and when it signed (absent: not yet). */
export const PartySchema = lazySchema(() =>
  z.strictObject({
    name: NonEmptyString,
    signedAt: z.optional(TimestampSchema),
  }),
);

/**
 * The contract between the platform and the organizer (seed § 9): the parties and when each signed,
 * the breakeven fixed in advance, the organizer's share above it (default `"0.5"`, the seed's 50-50),
 * per-stream clauses, whether a post-event clip is planned, and the organizer's mailing commitment.
 * When `clauses.sponsorship` is given, its share must equal `organizerShare` (exactly, as decimals:
 * `share_mismatch`) and it must count toward the breakeven, since sponsor money first covers the
 * breakeven (DOMAIN.md, seed § 2): `countsTowardBreakeven: false` is `sponsorship_outside_breakeven`.
 */
export const ContractSchema = lazySchema(() =>
  z
    .strictObject({
      id: z.optional(NonEmptyString),
      parties: z.strictObject({ platform: PartySchema, organizer: PartySchema }),
      breakeven: MoneySchema,
      organizerShare: z._default(ShareSchema, '0.5'),
      clauses: z._default(ClausesSchema, {}),
      clipPlanned: z._default(z.boolean(), true),
      postEventMailing: z._default(z.boolean(), false),
    })
    .check(
      z.superRefine((contract, ctx) => {
        if (contract.breakeven.amount.startsWith('-')) {
          ctx.addIssue({
            code: 'custom',
            path: ['breakeven', 'amount'],
            input: contract.breakeven.amount,
            message: 'a breakeven of zero or more',
            params: { code: 'breakeven_negative' },
          });
        }
        const sponsorship = contract.clauses.sponsorship;
        if (sponsorship !== undefined && !sameShare(sponsorship.organizerShare, contract.organizerShare)) {
          ctx.addIssue({
            code: 'custom',
            path: ['clauses', 'sponsorship', 'organizerShare'],
            input: sponsorship.organizerShare,
            message: 'the same share as `organizerShare`',
            params: { code: 'share_mismatch' },
          });
        }
        if (sponsorship !== undefined && !sponsorship.countsTowardBreakeven) {
          ctx.addIssue({
            code: 'custom',
            path: ['clauses', 'sponsorship', 'countsTowardBreakeven'],
            input: sponsorship.countsTowardBreakeven,
            message: '`true`: sponsor money first covers the breakeven',
            params: { code: 'sponsorship_outside_breakeven' },
          });
        }
      }),
    ),
);

/** The contract between the platform and the organizer. */
export type Contract = z.output<typeof ContractSchema>;

/** A contract as a caller may pass it to `parseContract`: defaulted fields may be left out. */
export type ContractInput = InputOf<typeof ContractSchema>;

/**
 * Parses a {@link Contract}; amounts are canonicalised through `money()`.
 *
 * @throws {PartnershipError} `invalid_input`; a breakeven with too many decimals is
 *   `amount_scale_exceeds_currency` at `breakeven.amount` (`contract.breakeven.amount` in a request).
 * @example
 * parseContract({ parties: { platform: { name: 'P' }, organizer: { name: 'O' } },
 *   breakeven: { amount: '800', currency: 'EUR' } }).breakeven //=> { amount: '800.00', currency: 'EUR' }
 */
export function parseContract(input: ContractInput, root?: string): Contract;
/** Parses data whose type says nothing of its shape (`unknown`, `any`, a JSON record): see {@link Unchecked}. */
export function parseContract<T>(input: T & Unchecked<T>, root?: string): Contract;
export function parseContract(input: unknown, root = ''): Contract {
  return parseWith(ContractSchema, input, 'contract', root);
}

/**
 * When a contract became an agreement, as seen at `asOf` (epoch ms): the later of the two
 * signatures, once both parties signed at or before `asOf`; `undefined` while a signature is
 * missing or dated after `asOf` (a draft is not an agreement). C2, C9.3 and C11 read a contract's
 * terms only from then on. @internal
 *
 * @example
 * agreedAt(parseContract({ parties: { platform: { name: 'P', signedAt: '2026-02-05' },
 *   organizer: { name: 'O', signedAt: '2026-02-06' } }, breakeven: { amount: '800', currency: 'EUR' } }),
 *   Date.parse('2026-02-10T12:00:00Z')) //=> 1770336000000
 */
export function agreedAt(contract: Contract | undefined, asOf: number): number | undefined {
  if (contract === undefined) return undefined;
  const { platform, organizer } = contract.parties;
  const a = platform.signedAt === undefined ? undefined : timestampMs(platform.signedAt);
  const b = organizer.signedAt === undefined ? undefined : timestampMs(organizer.signedAt);
  if (a === undefined || b === undefined) return undefined;
  const at = Math.max(a, b);
  return at <= asOf ? at : undefined;
}

/** Throws `invalid_input` for what `settlementTerms` reads when it is not there: `settle` checks the values themselves. */
function checkTermsShape(contract: unknown): void {
  if (!isRecord(contract)) rejectValue('invalid_input', 'contract', 'a contract from `parseContract`', contract);
  const clauses = own(contract, 'clauses');
  if (!isRecord(clauses)) rejectValue('invalid_input', 'contract.clauses', 'the clauses of a contract from `parseContract`', clauses);
  for (const stream of STREAMS) {
    const clause = own(clauses, stream);
    if (clause !== undefined && !isRecord(clause)) rejectValue('invalid_input', `contract.clauses.${stream}`, 'a clause `{ organizerShare, countsTowardBreakeven }`', clause);
  }
}

/**
 * The money terms of a contract, for the settlement engine: the breakeven and one clause per
 * stream, sponsorship taking the contract's `organizerShare` and counting toward the breakeven.
 *
 * @throws {PartnershipError} `invalid_input` for a value that is not a parsed contract (`contract.clauses`).
 * @example
 * settlementTerms(parseContract({ parties: { platform: { name: 'P' }, organizer: { name: 'O' } },
 *   breakeven: { amount: '800', currency: 'EUR' } }))
 * //=> { breakeven: { amount: '800.00', currency: 'EUR' }, clauses: { sponsorship: { organizerShare: '0.5', countsTowardBreakeven: true } } }
 */
export function settlementTerms(contract: Contract): SettlementTerms {
  checkTermsShape(contract);
  // Own clauses only, as checked: an inherited one (a polluted prototype) is not a clause.
  const given = (stream: Stream) => own(contract.clauses, stream) as StreamClause | undefined;
  const clauses: Partial<Record<Stream, StreamClause>> = {
    sponsorship: given('sponsorship') ?? { organizerShare: contract.organizerShare, countsTowardBreakeven: true },
  };
  for (const stream of STREAMS) {
    const clause = given(stream);
    if (stream !== 'sponsorship' && clause !== undefined) clauses[stream] = { organizerShare: clause.organizerShare, countsTowardBreakeven: clause.countsTowardBreakeven };
  }
  return { breakeven: contract.breakeven, clauses };
}
