/**
 * How long one request may take before the node gives up on it (axios `timeout`, per request).
 * A submit that times out is reconciled, never re-sent; a status check is also cut off at what
 * is left of Max Wait. Tests shrink these.
 */
export const requestTimeouts = {
	/** submit, status check, task list */
	apiMs: 60_000,
	/** the video download: no byte for this long ends it */
	downloadMs: 120_000,
};
