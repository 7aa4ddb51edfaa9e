/** Limits and defaults of the node's own behaviour and of Chanjing's task list. */

export const DEFAULT_MAX_WAIT_MINUTES = 15;
export const MAX_WAIT_MINUTES_LIMIT = 120;
export const DEFAULT_POLL_INTERVAL_S = 10;
export const MIN_POLL_INTERVAL_S = 5;

/** Failed polls in a row that waiting survives (5xx, network, 40001, 50000). */
export const MAX_TRANSIENT_FAILURES = 5;

/** Chanjing returns at most this many tasks per page and filters by at most this many IDs. */
export const MAX_PAGE_SIZE = 50;
export const MAX_CREATION_IDS = 50;

/** Get Many's Limit when none is set (n8n's lint wants the field's default written as 50). */
export const DEFAULT_LIST_LIMIT = 50;
