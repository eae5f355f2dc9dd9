import * as z from 'zod/mini';
import { lazySchema } from './_lazy.js';
import { instantMs } from '../_lib/instant.js';
import { ContactSchema } from './contact.js';
import { parseWith, type InputOf, type Unchecked } from './parse.js';
import { InstantSchema, NonEmptyString, TimestampSchema } from './time.js';

/**
 * The uses of a filmed session that a speaker's release must cover: the `live` stream, the
 * `on_demand` video, the `dvd` attendees order (seed § 9.2) and the post-event `clip` (seed § 11).
 * The one list from which {@link Use}, {@link UseSchema} and the release's `covers` derive.
 *
 * @example
 * USES //=> ['live', 'on_demand', 'dvd', 'clip']
 */
export const USES = Object.freeze(['live', 'on_demand', 'dvd', 'clip'] as const);

/** A use of a filmed session: one of {@link USES}. */
export type Use = (typeof USES)[number];

/** A use: live stream, on-demand video, DVD or post-event clip. */
export const UseSchema = lazySchema(() =>
  z.enum(USES),
);

/**
 * One session of the programme: a plenary or a (commercial) workshop, its slot, who speaks,
 * and what the filming is for (`uses`, default live and on demand; the contract adds `dvd` when it
 * sells DVDs and `clip` when a post-event clip is planned, so those need not be written here).
 * `filmed: false` keeps a session in the programme without asking coverage for it (pretalx's `do_not_record`).
 */
export const SessionSchema = lazySchema(() =>
  z.strictObject({
    id: NonEmptyString,
    title: z.optional(z.string()),
    kind: z.enum(['plenary', 'workshop']),
    start: InstantSchema,
    end: InstantSchema,
    speakerIds: z._default(z.array(NonEmptyString), []),
    uses: z._default(z.array(UseSchema).check(z.minLength(1)), ['live', 'on_demand']),
    filmed: z._default(z.boolean(), true),
  }),
);

/** One session of an event's programme. */
export type Session = z.output<typeof SessionSchema>;

/** A session as a caller may write it: defaulted fields may be left out. */
export type SessionInput = InputOf<typeof SessionSchema>;

/**
 * What the platform's scouting of the venue found (seed § 5): the instant it was done (`doneAt`),
 * whether the light gives usable images, notes. A verdict on the light comes from scouting, so
 * `lightUsable` needs `doneAt`.
 */
export const ScoutingSchema = lazySchema(() =>
  z
    .strictObject({
      doneAt: z.optional(TimestampSchema),
      lightUsable: z.optional(z.boolean()),
      notes: z.optional(z.string()),
    })
    .check(
      z.superRefine((scouting, ctx) => {
        if (scouting.lightUsable !== undefined && scouting.doneAt === undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['doneAt'],
            input: scouting.doneAt,
            message: 'the instant the venue was scouted, since `lightUsable` says what scouting found',
            params: { code: 'scouting_date_missing' },
          });
        }
      }),
    ),
);

/** The venue and what the platform's scouting found there (seed § 5). Not scouted yet: `scouting` left out or without `doneAt`. */
export const VenueSchema = lazySchema(() =>
  z.strictObject({
    name: NonEmptyString,
    city: NonEmptyString,
    scouting: z._default(ScoutingSchema, {}),
  }),
);

/** The venue of an event. */
export type Venue = z.output<typeof VenueSchema>;

/** A venue as a caller may write it. */
export type VenueInput = InputOf<typeof VenueSchema>;

/**
 * The kinds of audio feed the organizer's sound desk may pass to the platform (seed § 7): a
 * professional XLR cable ("la solution la plus fréquente"), another line-level analogue feed, a
 * digital feed (AES67, Dante), or none. Any feed but `none` is professional.
 */
export const AUDIO_FEEDS = Object.freeze(['xlr', 'line', 'digital', 'none'] as const);

/** A kind of audio feed: `xlr`, `line`, `digital` or `none`. */
export type AudioFeed = (typeof AUDIO_FEEDS)[number];

/**
 * The audio plan (seed § 7): whether the organizer manages the room's sound, the kind of feed it
 * passes to the platform's desk or cameras, the instant the platform confirmed that plan with the
 * venue's sound engineer (`confirmedAt`), and that engineer's contact (personal data).
 */
export const AudioSchema = lazySchema(() =>
  z._default(
    z.strictObject({
      organizerManagesSound: z.optional(z.boolean()),
      feed: z.optional(z.enum(AUDIO_FEEDS)),
      confirmedAt: z.optional(TimestampSchema),
      soundEngineer: z.optional(ContactSchema),
    }),
    {},
  ),
);

/** The audio plan of an event. */
export type Audio = z.output<typeof AudioSchema>;

/** An audio plan as a caller may write it (or leave out). */
export type AudioInput = InputOf<typeof AudioSchema>;

/** Another film crew present at the event (seed § 1). */
export const FilmCrewSchema = lazySchema(() =>
  z.strictObject({ name: NonEmptyString, notes: z.optional(z.string()) }),
);

/** Another film crew present at the event. */
export type FilmCrew = z.output<typeof FilmCrewSchema>;

/** Another film crew as a caller may write it. */
export type FilmCrewInput = InputOf<typeof FilmCrewSchema>;

/**
 * One of the event's own sponsors, with the category it holds exclusively, if any (seed § 2.2).
 * A capture sponsor whose sector is that category conflicts with it.
 */
export const EventSponsorSchema = lazySchema(() =>
  z.strictObject({
    name: NonEmptyString,
    sector: z.optional(z.string()),
    exclusiveCategory: z.optional(NonEmptyString),
  }),
);

/** One of the event's own sponsors. */
export type EventSponsor = z.output<typeof EventSponsorSchema>;

/** An event sponsor as a caller may write it. */
export type EventSponsorInput = InputOf<typeof EventSponsorSchema>;

/**
 * A conference to film: its span as instants with offsets, its programme, venue, audio plan,
 * other film crews and its own sponsors. The end comes after the start; every session lies within the event.
 */
export const EventSchema = lazySchema(() =>
  z
    .strictObject({
      id: NonEmptyString,
      title: NonEmptyString,
      organizerId: NonEmptyString,
      start: InstantSchema,
      end: InstantSchema,
      topics: z._default(z.array(z.string()), []),
      sessions: z._default(z.array(SessionSchema), []),
      venue: VenueSchema,
      audio: AudioSchema,
      cameras: z._default(z.number().check(z.int(), z.positive()), 1),
      otherFilmCrews: z._default(z.array(FilmCrewSchema), []),
      sponsors: z._default(z.array(EventSponsorSchema), []),
    })
    .check(
      z.superRefine((event, ctx) => {
        const start = instantMs(event.start);
        const end = instantMs(event.end);
        if (start !== undefined && end !== undefined && end <= start) {
          ctx.addIssue({ code: 'custom', path: ['end'], input: event.end, message: 'an instant after `start`', params: { code: 'end_before_start' } });
        }
        const seen = new Set<string>();
        event.sessions.forEach((session, index) => {
          if (seen.has(session.id)) {
            ctx.addIssue({ code: 'custom', path: ['sessions', index, 'id'], input: session.id, message: 'a session id used once', params: { code: 'id_duplicate' } });
          }
          seen.add(session.id);
          const s = instantMs(session.start);
          const e = instantMs(session.end);
          if (s !== undefined && e !== undefined && e <= s) {
            ctx.addIssue({ code: 'custom', path: ['sessions', index, 'end'], input: session.end, message: 'an instant after the session start', params: { code: 'end_before_start' } });
          }
          if (start !== undefined && end !== undefined && s !== undefined && e !== undefined && (s < start || e > end)) {
            ctx.addIssue({
              code: 'custom',
              path: ['sessions', index, s < start ? 'start' : 'end'],
              input: s < start ? session.start : session.end,
              message: 'a session slot within the event (`start` … `end`)',
              params: { code: 'session_outside_event' },
            });
          }
        });
      }),
    ),
);

/** A conference to film. */
export type Event = z.output<typeof EventSchema>;

/** An event as a caller may pass it to `parseEvent`: defaulted fields may be left out. */
export type EventInput = InputOf<typeof EventSchema>;

/**
 * Parses an {@link Event}.
 *
 * @param root - the input's own path in messages (`event` inside a request).
 * @throws {PartnershipError} `invalid_input`, with every issue's path (`sessions[0].start`).
 * @example
 * parseEvent({ id: 'e1', title: 'Web 2.0 Days', organizerId: 'o1', start: '2026-03-14T09:00:00+01:00',
 *   end: '2026-03-14T18:00:00+01:00', venue: { name: 'Hall', city: 'Paris' } }).cameras //=> 1
 */
export function parseEvent(input: EventInput, root?: string): Event;
/** Parses data whose type says nothing of its shape (`unknown`, `any`, a JSON record): see {@link Unchecked}. */
export function parseEvent<T>(input: T & Unchecked<T>, root?: string): Event;
export function parseEvent(input: unknown, root = ''): Event {
  return parseWith(EventSchema, input, 'event', root);
}
