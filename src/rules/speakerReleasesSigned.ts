import type { Contract } from '../models/contract.js';
import { USES, type Session, type Use } from '../models/event.js';
import type { Release } from '../models/speaker.js';
import { advise, instantOf, refs } from './_helpers.js';
import { say } from './messages.js';
import type { ReleaseFacts, RuleLogic } from './types.js';
import { DEFAULT_RULE_KINDS } from '../models/policy.js';

// Seed § 6.2: « Nous ne filmons pas d'événements dont les speakers ou conférenciers : […] Ne signent pas
// bien en amont des autorisations de cession de droit à l'image et de diffusion ; »
/** The seed's sentence this rule encodes, in French. @internal */
export const SEED =
  "Nous ne filmons pas d'événements dont les speakers ou conférenciers : […] Ne signent pas bien en amont des autorisations de cession de droit à l'image et de diffusion;";

/**
 * The uses the contract adds to every filmed session: `dvd` when it sells DVDs (a `dvd` clause,
 * seed § 9.2), `clip` when a post-event clip is planned (seed § 11), in {@link USES} order. A draft
 * counts: what the parties plan to sell must be released before the event, signed or not yet. @internal
 */
export function contractUses(contract: Contract | undefined): Use[] {
  if (contract === undefined) return [];
  // Built by hand rather than with `USES.filter`: V8 filters a frozen array (USES) several times slower.
  const uses: Use[] = [];
  if (contract.clauses.dvd !== undefined) uses.push('dvd');
  if (contract.clipPlanned) uses.push('clip');
  return uses;
}

// Uses as bits over USES (`1 << i` for `USES[i]`): each filmed session is checked against its speaker's release.
const USE_LIST: readonly Use[] = [...USES];

function bitOf(use: Use): number {
  // `USES.indexOf` reads a frozen array, which V8 does slowly: a use is one of a few short strings.
  for (let i = 0; i < USE_LIST.length; i += 1) if (USE_LIST[i] === use) return 1 << i;
  return 0;
}

function bitsOf(uses: readonly Use[]): number {
  let bits = 0;
  // An indexed loop: parsed arrays are frozen, and V8 iterates those several times slower with `for…of`.
  for (let i = 0; i < uses.length; i += 1) bits |= bitOf(uses[i] as Use);
  return bits;
}

function usesOf(bits: number): Use[] {
  return USES.filter((_, i) => (bits & (1 << i)) !== 0);
}

/**
 * A filmed speaker's release as C6.2 reads it, from the request alone (kept with a frozen request): when it
 * entered each state, every use the speaker's filmed sessions plan (a session plans its own `uses` and
 * those the contract adds, `added`), and what it leaves out once signed. @internal
 */
export function releaseFacts(release: Release | undefined, sessions: readonly Session[], added: readonly Use[]): ReleaseFacts {
  const contract = bitsOf(added);
  const covers = release === undefined ? 0 : bitsOf(release.covers);
  const named = release?.sessions;
  let planned = 0;
  let missing = 0;
  const left: string[] = [];
  for (const session of sessions) {
    const uses = bitsOf(session.uses) | contract;
    planned |= uses;
    // Per session, since a release may cover named sessions only.
    const uncovered = named === undefined || named.includes(session.id) ? uses & ~covers : uses;
    if (release !== undefined && uncovered !== 0) {
      left.push(session.id);
      missing |= uncovered;
    }
  }
  const at = (text: string | undefined): number | undefined => (text === undefined ? undefined : instantOf(text));
  return {
    signedAt: at(release?.signedAt),
    refusedAt: at(release?.refusedAt),
    withdrawnAt: at(release?.withdrawnAt),
    planned,
    gap: left.length === 0 ? undefined : { sessions: left.sort(), uses: usesOf(missing) },
  };
}

/** Where a release stood at `asOf`, replayed from its dated transitions (a date after `asOf` has not happened yet). */
function standing(asOf: number, release: ReleaseFacts): 'unsigned' | 'refused' | 'withdrawn' | number {
  const { signedAt, refusedAt, withdrawnAt } = release;
  if (withdrawnAt !== undefined && withdrawnAt <= asOf) return 'withdrawn';
  if (refusedAt !== undefined && refusedAt <= asOf) return 'refused';
  return signedAt !== undefined && signedAt <= asOf ? signedAt : 'unsigned';
}

/** What a speaker's signed release leaves out: the filmed sessions and the uses not covered. */
interface ReleaseGapOf {
  readonly speaker: string;
  readonly sessions: readonly string[];
  readonly uses: readonly Use[];
}

/**
 * C6.2 `speaker-releases-signed`: every filmed speaker's release is signed at least
 * `releaseLeadDays` before the start and covers every use planned for each of their filmed
 * sessions: the session's `uses`, plus `dvd` when the contract sells DVDs and `clip` when a
 * post-event clip is planned. A release refused or withdrawn is unmet at once (mark that speaker's
 * sessions not filmed); signed after the deadline is unmet; not signed yet, or not covering a
 * planned use, is pending until the deadline, then unmet.
 */
export const speakerReleasesSigned: RuleLogic = {
  id: 'C6.2',
  name: 'speaker-releases-signed',
  clause: '§ 6.2',
  defaultKind: DEFAULT_RULE_KINDS['C6.2'],
  scope: 'event',
  deadline: 'releaseLeadDays',
  parameters: ['releaseLeadDays'],
  evaluate(context) {
    const n = context.filmedSpeakers.length;
    const days = context.policy.parameters.releaseLeadDays;
    const due = context.due(days);
    const passed = context.asOf > due.at;
    const added = context.contractUses;
    const late: string[] = [];
    const unsigned: string[] = [];
    const refused: string[] = [];
    const withdrawn: string[] = [];
    const gaps: ReleaseGapOf[] = [];
    // The sessions of the speakers that cannot be filmed now, and of those that cannot once the deadline passed.
    const lost = new Set<string>();
    const openSessions = new Set<string>();
    // Every use the sessions of the speakers without a signed release plan: what they are asked to sign.
    let asked = 0;
    for (const filmed of context.filmedSpeakers) {
      const release = filmed.releaseFacts;
      const state = standing(context.asOf, release);
      if (state === 'unsigned') {
        unsigned.push(filmed.id);
        for (const session of filmed.sessions) openSessions.add(session.id);
        asked |= release.planned;
      } else if (typeof state === 'string' || state > due.at) {
        (state === 'refused' ? refused : state === 'withdrawn' ? withdrawn : late).push(filmed.id);
        for (const session of filmed.sessions) lost.add(session.id);
      } else if (release.gap !== undefined) {
        // Signed in time, but not for every use planned. Copies: the gap may be kept with a frozen
        // request, and a caller (its catalogue, or whoever holds the report) may change what it is given.
        gaps.push({ speaker: filmed.id, sessions: [...release.gap.sessions], uses: [...release.gap.uses] });
        // Only the sessions it leaves out: those it covers can still be filmed.
        for (const id of release.gap.sessions) openSessions.add(id);
      }
    }
    if (late.length + unsigned.length + refused.length + withdrawn.length + gaps.length === 0) {
      // Every release signed in time and covering every use planned: the common case, with nothing to list.
      const evidence = { filmedSpeakers: n, contractUses: [...added], late, unsigned, uncovered: [], refused, withdrawn, notFilmable: [] };
      return { status: 'met', evidence, message: say('C6.2.met', { n }) };
    }
    late.sort();
    unsigned.sort();
    refused.sort();
    withdrawn.sort();
    const gapOf = new Map(gaps.map((gap) => [gap.speaker, gap]));
    const uncovered = [...gapOf.keys()].sort();
    const open = [...unsigned, ...uncovered].sort();
    const gone = [...refused, ...withdrawn].sort();
    const unmet = [...gone, ...late, ...(passed ? open : [])].sort();
    const notFilmable = [...new Set([...lost, ...(passed ? openSessions : [])])].sort();
    const evidence = {
      filmedSpeakers: n,
      // A copy: the list is kept with a frozen request, and a caller may change the report.
      contractUses: [...added],
      late,
      unsigned,
      uncovered: uncovered.map((id) => {
        const gap = gapOf.get(id) as ReleaseGapOf;
        return { speaker: id, sessions: gap.sessions, uses: gap.uses };
      }),
      refused,
      withdrawn,
      notFilmable,
    };
    if (open.length === 0 && unmet.length === 0) return { status: 'met', evidence, message: say('C6.2.met', { n }) };
    if (unmet.length === 0) {
      // What is left to sign: for a speaker without a release, every use their sessions plan; for a
      // signed release, the uses (and sessions) it leaves out.
      const left = refs(context, uncovered).map((speaker) => {
        const gap = gapOf.get(speaker.id) as ReleaseGapOf;
        return { speaker, uses: gap.uses, sessions: gap.sessions };
      });
      return {
        status: 'pending',
        evidence,
        message: say('C6.2.pending', { speakers: refs(context, open), due }),
        remedy:
          unsigned.length > 0
            ? advise('release_not_signed', say('C6.2.remedy.release_not_signed', { speakers: refs(context, unsigned), uses: usesOf(asked), gaps: left, due }), due)
            : advise('release_uses_not_covered', say('C6.2.remedy.release_uses_not_covered', { gaps: left, due }), due),
      };
    }
    const tooLate = unmet.filter((id) => !gone.includes(id));
    const lostSessions = { speakers: refs(context, unmet), sessions: notFilmable };
    return {
      status: 'unmet',
      evidence,
      message: say('C6.2.unmet', { refused: refs(context, gone), late: refs(context, tooLate), due, days }),
      remedy:
        gone.length > 0
          ? advise('release_refused', say('C6.2.remedy.release_refused', lostSessions))
          : advise('release_signed_late', say('C6.2.remedy.release_signed_late', lostSessions)),
    };
  },
};
