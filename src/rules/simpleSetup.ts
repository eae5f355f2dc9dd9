import { DAY_MS, instantMs, offsetMinutes } from '../_lib/instant.js';
import { advise } from './_helpers.js';
import { say } from './messages.js';
import type { RuleLogic } from './types.js';
import { DEFAULT_RULE_KINDS } from '../models/policy.js';

// Seed, the NB before the conditions: « Comme il nous arrive de devoir dire non, ne vous formalisez pas
// si en raison de la lourdeur de certaines captations il ne nous semble pas propice de faire "du
// partenariat". […] les dispositifs de partenariat ne doivent évidemment pas exiger un "set up" trop
// complexe sinon ils deviennent très vite fossoyeurs des bonnes volontés en présence. »
/** The seed's sentence this rule encodes, in French. @internal */
export const SEED =
  'ne vous formalisez pas si en raison de la lourdeur de certaines captations il ne nous semble pas propice de faire "du partenariat". […] les dispositifs de partenariat ne doivent évidemment pas exiger un "set up" trop complexe sinon ils deviennent très vite fossoyeurs des bonnes volontés en présence.';

/**
 * The calendar days an event spans at its offset (the offset its start is written with): from the
 * start's local date to the local date of its last instant, so an event ending at midnight does
 * not open another day. @internal
 *
 * @example
 * spanDays('2026-03-14T09:00:00+01:00', '2026-03-14T18:00:00+01:00') //=> 1
 * spanDays('2026-03-14T21:00:00-05:00', '2026-03-15T01:00:00-05:00') //=> 2 (in UTC: one day, 15 March)
 * spanDays('2026-03-14T09:00:00+01:00', '2026-03-15T00:00:00+01:00') //=> 1
 */
export function spanDays(start: string, end: string): number {
  const offset = (offsetMinutes(start) ?? 0) * 60_000;
  const first = Math.floor(((instantMs(start) ?? 0) + offset) / DAY_MS);
  // The end comes after the start (the event model checks it), so the last instant is never before the first.
  const last = Math.floor(((instantMs(end) ?? 0) - 1 + offset) / DAY_MS);
  return last - first + 1;
}

/**
 * NB `simple-setup`: a partnership does not need a set-up too complex: at most `maxCameras` cameras
 * (`event.cameras`) and an event of at most `maxDays` calendar days at the event's offset. The
 * set-up is in the request, so the rule is met or unmet, never pending; its deadline is the
 * contract's (`contractLeadDays`), since the breakeven the contract fixes depends on the set-up.
 */
export const simpleSetup: RuleLogic = {
  id: 'NB',
  name: 'simple-setup',
  clause: 'NB',
  defaultKind: DEFAULT_RULE_KINDS.NB,
  scope: 'event',
  deadline: 'contractLeadDays',
  parameters: ['contractLeadDays', 'maxCameras', 'maxDays'],
  evaluate(context) {
    const { maxCameras, maxDays } = context.policy.parameters;
    const cameras = context.request.event.cameras;
    const days = context.eventDays;
    const evidence = { cameras, days, maxCameras, maxDays };
    const tooManyCameras = cameras > maxCameras;
    const tooManyDays = days > maxDays;
    if (!tooManyCameras && !tooManyDays) {
      return { status: 'met', evidence, message: say('NB.met', { cameras, days, maxCameras, maxDays }) };
    }
    // The messages say only what is over its limit.
    return {
      status: 'unmet',
      evidence,
      message: say('NB.unmet', { ...(tooManyCameras ? { cameras } : {}), maxCameras, ...(tooManyDays ? { days } : {}), maxDays }),
      remedy: advise('setup_too_complex', say('NB.remedy.setup_too_complex', { ...(tooManyCameras ? { maxCameras } : {}), ...(tooManyDays ? { maxDays } : {}) })),
    };
  },
};
