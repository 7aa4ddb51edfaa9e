/** Limits and defaults of waiting, the node's own behaviour. */

export const DEFAULT_MAX_WAIT_MINUTES = 15;
export const MAX_WAIT_MINUTES_LIMIT = 120;
export const DEFAULT_POLL_INTERVAL_S = 10;
export const MIN_POLL_INTERVAL_S = 5;

/** Failed polls in a row that waiting survives (5xx, network, 40001, 50000). */
export const MAX_TRANSIENT_FAILURES = 5;
