import type { Contract } from '../models/contract.js';
import { USES, type Session, type Use } from '../models/event.js';
import type { Release } from '../models/speaker.js';
import { advise, happened, refs } from './_helpers.js';
import { say } from './messages.js';
import type { RuleContext, RuleLogic } from './types.js';
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
  return USES.filter((use) => (use === 'dvd' && contract.clauses.dvd !== undefined) || (use === 'clip' && contract.clipPlanned));
}

/** The uses a filmed session plans: its own `uses` and those the contract adds, in {@link USES} order. @internal */
export function plannedUses(session: Session, added: readonly Use[]): Use[] {
  return USES.filter((use) => session.uses.includes(use) || added.includes(use));
}

/** Where a release stood at `asOf`, replayed from its dated transitions (a date after `asOf` has not happened yet). */
function standing(context: RuleContext, release: Release | undefined): 'unsigned' | 'refused' | 'withdrawn' | number {
  if (release === undefined) return 'unsigned';
  if (happened(context, release.withdrawnAt) !== undefined) return 'withdrawn';
  if (happened(context, release.refusedAt) !== undefined) return 'refused';
  return happened(context, release.signedAt) ?? 'unsigned';
}

/** What a speaker's signed release leaves out: the filmed sessions and the uses not covered. */
interface Gap {
  readonly speaker: string;
  readonly sessions: string[];
  readonly uses: Use[];
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
    const added = contractUses(context.request.contract);
    const late: string[] = [];
    const unsigned: string[] = [];
    const refused: string[] = [];
    const withdrawn: string[] = [];
    const gaps: Gap[] = [];
    // The sessions of the speakers that cannot be filmed now, and of those that cannot once the deadline passed.
    const lost = new Set<string>();
    const openSessions = new Set<string>();
    // Every use the sessions of the speakers without a signed release plan: what they are asked to sign.
    const asked = new Set<Use>();
    for (const filmed of context.filmedSpeakers) {
      const release = filmed.speaker?.release;
      const state = standing(context, release);
      const ids = filmed.sessions.map((session) => session.id);
      if (state === 'unsigned') {
        unsigned.push(filmed.id);
        for (const id of ids) openSessions.add(id);
        for (const session of filmed.sessions) for (const use of context.plannedUses(session)) asked.add(use);
      } else if (typeof state === 'string' || state > due.at) {
        (state === 'refused' ? refused : state === 'withdrawn' ? withdrawn : late).push(filmed.id);
        for (const id of ids) lost.add(id);
      } else {
        // Signed in time: per session, since a release may cover named sessions only.
        const covers = (release as Release).covers;
        const named = (release as Release).sessions;
        const missing = new Set<Use>();
        const sessions: string[] = [];
        for (const session of filmed.sessions) {
          const inRelease = named === undefined || named.includes(session.id);
          const left = context.plannedUses(session).filter((use) => !inRelease || !covers.includes(use));
          if (left.length > 0) {
            sessions.push(session.id);
            for (const use of left) missing.add(use);
          }
        }
        if (sessions.length > 0) {
          gaps.push({ speaker: filmed.id, sessions: sessions.sort(), uses: USES.filter((use) => missing.has(use)) });
          // Only the sessions it leaves out: those it covers can still be filmed.
          for (const id of sessions) openSessions.add(id);
        }
      }
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
      contractUses: added,
      late,
      unsigned,
      uncovered: uncovered.map((id) => {
        const gap = gapOf.get(id) as Gap;
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
        const gap = gapOf.get(speaker.id) as Gap;
        return { speaker, uses: gap.uses, sessions: gap.sessions };
      });
      return {
        status: 'pending',
        evidence,
        message: say('C6.2.pending', { speakers: refs(context, open), due }),
        remedy:
          unsigned.length > 0
            ? advise('release_not_signed', say('C6.2.remedy.release_not_signed', { speakers: refs(context, unsigned), uses: USES.filter((use) => asked.has(use)), gaps: left, due }), due)
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
