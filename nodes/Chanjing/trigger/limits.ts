/** The Chanjing Trigger's bounds, each with its reason. */

/** A callback body larger than this is refused (413): Chanjing posts one task's record. */
export const MAX_CALLBACK_BYTES = 512 * 1024;

/** Repeated callbacks for one task are not emitted within this window by default (a day). */
export const DEFAULT_REPEAT_WINDOW_MINUTES = 24 * 60;
export const MAX_REPEAT_WINDOW_MINUTES = 7 * 24 * 60;

/** Tasks whose repeat window the workflow's static data keeps (oldest windows go first). */
export const MAX_REMEMBERED_CALLBACKS = 1000;

/**
 * A task's detail is asked at most this often for one callback when Chanjing is overloaded
 * (40001) or unreachable, with these pauses between (ms): then the callback is answered 503.
 */
export const VERIFY_ATTEMPTS = 3;
export const VERIFY_PAUSES_MS = [500, 1500];

/** The first poll looks this far back (by creation time) for running tasks to watch. */
export const START_LOOKBACK_HOURS = 24;

/** Pages of one task list read per poll at most (50 tasks a page). */
export const MAX_PAGES_PER_POLL = 20;

/** Details of watched tasks the list did not show, asked per poll and product at most. */
export const MAX_DETAILS_PER_POLL = 10;

/**
 * A list is read again this far (s) below the newest creation time seen: a task may show in
 * the list a little after it was made, and Chanjing's clock is not n8n's.
 */
export const RESCAN_MARGIN_S = 10 * 60;

/** A running task is watched at most this long after it was made (7 days), and 500 at once. */
export const MAX_WATCH_AGE_S = 7 * 24 * 60 * 60;
export const MAX_WATCHED = 500;

/** Finished tasks remembered per product, so that a list read again emits none twice. */
export const MAX_DONE = 2000;
