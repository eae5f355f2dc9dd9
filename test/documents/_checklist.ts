/* eslint-disable @typescript-eslint/no-explicit-any -- test inputs are loose JSON */
// The checklist tests' requests: the factory's request with its dated facts taken away (a request
// as it stands weeks before the event), and the same request later, with some of them done.
import { validInput } from '../utils/factory.js';

/** When the fresh request is evaluated: two months before its event (2026-03-14T09:00+01:00). */
export const EARLY = '2026-01-10T12:00:00Z';
/** When it is evaluated again, once some facts are in. */
export const LATER = '2026-02-16T12:00:00Z';

/**
 * The factory's request without its dated facts: no editors' verdict, no contract, the venue not
 * scouted, the audio not confirmed, the speakers not told, without a release or a complete profile,
 * and its capture sponsor still awaiting the organizer's answer.
 */
export function freshInput(): Record<string, any> {
  const input = validInput();
  delete input.editorialVerdict;
  delete input.contract;
  delete input.event.venue.scouting;
  delete input.event.audio.confirmedAt;
  for (const speaker of input.speakers) {
    delete speaker.informedAt;
    delete speaker.release;
    delete speaker.profileCompletedAt;
  }
  input.sponsors[0].status = 'proposed';
  return input;
}

/**
 * The fresh request by {@link LATER}: the editors approved it, the speakers were told, the contract
 * is signed by both parties, and Ana (spk-1) signed her release.
 */
export function laterInput(): Record<string, any> {
  const input = freshInput();
  const valid = validInput();
  input.editorialVerdict = { verdict: 'approved', at: '2026-02-12T10:00:00+01:00' };
  input.contract = { ...valid.contract, parties: { platform: { name: 'Webcastory', signedAt: '2026-02-15' }, organizer: { name: 'Web Days SAS', signedAt: '2026-02-15' } } };
  for (const speaker of input.speakers) speaker.informedAt = '2026-02-13';
  input.speakers[0].release = { state: 'signed', requestedAt: '2026-02-13', signedAt: '2026-02-14', covers: ['live', 'on_demand', 'clip'] };
  return input;
}
