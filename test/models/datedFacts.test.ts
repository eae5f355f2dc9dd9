/* eslint-disable @typescript-eslint/no-explicit-any -- test inputs are loose JSON, changed one field at a time */
// Issue 12 point 3: facts carry the instant they became true (profile, scouting, audio, the editors' verdict),
// and point 8: the audio feed has a kind. The parsers refuse a fact whose date is missing where it must be.
import { describe, expect, it } from 'vitest';
import { AUDIO_FEEDS, EDITORIAL_VERDICTS, parseCoverageRequest, parseEvent, parseSpeaker } from '../../src/index.js';
import { jsonSchemaFor } from '../../src/json-schema/index.js';
import { validInput, withChange } from '../utils/factory.js';
import { thrown } from '../utils/thrown.js';

const issues = (input: unknown) => thrown(() => parseCoverageRequest(input as never)).issues.map((i) => [i.path, i.code]);

describe('editorialVerdict', () => {
  it('reads a verdict with the instant the editors gave it', () => {
    expect(parseCoverageRequest(validInput()).editorialVerdict).toEqual({ verdict: 'approved', at: '2026-01-15T10:00:00+01:00' });
    expect(EDITORIAL_VERDICTS).toEqual(['approved', 'rejected', 'pending']);
  });

  it('requires the instant of an approved or rejected verdict: verdict_date_missing', () => {
    for (const verdict of ['approved', 'rejected']) {
      expect(issues(withChange((i) => (i.editorialVerdict = { verdict })))).toEqual([['editorialVerdict.at', 'verdict_date_missing']]);
    }
    const error = thrown(() => parseCoverageRequest(withChange((i) => (i.editorialVerdict = { verdict: 'rejected' })) as never));
    expect(error.issues[0]?.message).toBe('Expected the instant the editors gave their verdict, since it is `rejected`, got nothing');
  });

  it('refuses an instant on a pending verdict: verdict_date_on_pending', () => {
    expect(parseCoverageRequest(withChange((i) => (i.editorialVerdict = { verdict: 'pending' }))).editorialVerdict).toEqual({ verdict: 'pending' });
    expect(issues(withChange((i) => (i.editorialVerdict = { verdict: 'pending', at: '2026-01-15' })))).toEqual([['editorialVerdict.at', 'verdict_date_on_pending']]);
  });

  it('refuses the old `editorialFit` string and a verdict instant that is no timestamp', () => {
    expect(issues(withChange((i) => (i.editorialFit = 'approved')))).toEqual([['editorialFit', 'unknown_key']]);
    expect(issues(withChange((i) => (i.editorialVerdict = { verdict: 'approved', at: 'yesterday' })))).toEqual([['editorialVerdict.at', 'invalid_timestamp']]);
  });
});

describe('venue scouting', () => {
  it('reads the instant the venue was scouted; not scouted is an empty scouting', () => {
    expect(parseCoverageRequest(validInput()).event.venue.scouting).toEqual({ doneAt: '2026-02-03T15:00:00+01:00', lightUsable: true, notes: 'big windows' });
    expect(parseEvent(withChange((i) => delete i.event.venue.scouting).event).venue.scouting).toEqual({});
  });

  it('requires the scouting instant with a verdict on the light: scouting_date_missing', () => {
    expect(issues(withChange((i) => delete i.event.venue.scouting.doneAt))).toEqual([['event.venue.scouting.doneAt', 'scouting_date_missing']]);
    // Notes alone are no verdict: a venue not scouted yet may carry them.
    expect(parseCoverageRequest(withChange((i) => (i.event.venue.scouting = { notes: 'visit planned' }))).event.venue.scouting).toEqual({ notes: 'visit planned' });
  });

  it('refuses the old boolean `done`, suggesting `doneAt`', () => {
    const error = thrown(() => parseCoverageRequest(withChange((i) => (i.event.venue.scouting = { done: true })) as never));
    expect(error.issues).toEqual([{ code: 'unknown_key', path: 'event.venue.scouting.done', message: 'Expected a known key, got `done`: did you mean `doneAt`?' }]);
  });
});

describe('audio plan', () => {
  it('reads the feed’s kind and the instant the plan was confirmed', () => {
    expect(AUDIO_FEEDS).toEqual(['xlr', 'line', 'digital', 'none']);
    const { audio } = parseCoverageRequest(validInput()).event;
    expect([audio.organizerManagesSound, audio.feed, audio.confirmedAt]).toEqual([true, 'xlr', '2026-02-04']);
    for (const feed of AUDIO_FEEDS) expect(parseCoverageRequest(withChange((i) => (i.event.audio.feed = feed))).event.audio.feed).toBe(feed);
  });

  it('refuses a feed of another kind and the old boolean `xlrFeed`', () => {
    expect(issues(withChange((i) => (i.event.audio.feed = 'wireless')))).toEqual([['event.audio.feed', 'invalid_value']]);
    expect(issues(withChange((i) => (i.event.audio.xlrFeed = true)))).toEqual([['event.audio.xlrFeed', 'unknown_key']]);
  });
});

describe('speaker profile', () => {
  it('reads the instant the profile became complete, with the account', () => {
    expect(parseSpeaker({ id: 'a', name: 'Ana', platformAccount: 'ana', profileCompletedAt: '2026-02-01' }).profileCompletedAt).toBe('2026-02-01');
    expect(parseSpeaker({ id: 'a', name: 'Ana', platformAccount: 'ana' }).profileCompletedAt).toBeUndefined();
  });

  it('requires the account whose profile is dated: profile_account_missing', () => {
    expect(issues(withChange((i) => delete i.speakers[1].platformAccount))).toEqual([['speakers[1].platformAccount', 'profile_account_missing']]);
  });

  it('refuses the old boolean `profileComplete`, listing `profileCompletedAt` among the known keys', () => {
    const error = thrown(() => parseSpeaker({ id: 'a', name: 'Ana', platformAccount: 'ana', profileComplete: true } as never));
    expect(error.issues.map((i) => [i.path, i.code])).toEqual([['profileComplete', 'unknown_key']]);
    expect(error.issues[0]?.message).toContain('`platformAccount`, `profileCompletedAt`, got `profileComplete`');
  });
});

describe('jsonSchemaFor', () => {
  it('shows the dated facts and the feed’s kind', () => {
    const request = jsonSchemaFor('coverage-request') as any;
    const event = request.properties.event.properties;
    expect(event.venue.properties.scouting.properties.doneAt.anyOf).toHaveLength(2);
    expect(event.venue.properties.scouting.additionalProperties).toBe(false);
    expect(event.audio.properties.feed.enum).toEqual(['xlr', 'line', 'digital', 'none']);
    expect(event.audio.properties.confirmedAt.anyOf).toHaveLength(2);
    expect(request.properties.editorialVerdict.required).toEqual(['verdict']);
    expect(request.properties.editorialVerdict.properties.verdict.enum).toEqual(['approved', 'rejected', 'pending']);
    expect(Object.keys((jsonSchemaFor('speaker') as any).properties)).toContain('profileCompletedAt');
    expect(Object.keys((jsonSchemaFor('speaker') as any).properties)).not.toContain('profileComplete');
  });
});
