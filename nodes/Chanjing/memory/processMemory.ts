import type { ICredentialDataDecryptedObject, INodeExecutionData } from 'n8n-workflow';

import { BoundedMap } from './boundedMap';

/**
 * Everything the node remembers in one n8n process, across items and executions: what each
 * store holds, why it exists and its bound. Nothing here survives a restart or reaches another
 * process; queue-mode workers share only the saved credential (see auth/session.ts).
 * Each store has one owner module that reads and writes it through named functions.
 */

const HOUR_MS = 60 * 60 * 1000;

/** A submit that succeeded (submit/rememberedSubmits.ts). */
export interface RememberedSubmit {
	creationId: string;
	traceId: string;
	/** When the submit left and when its answer came (this machine's clock), if it was answered. */
	sentAtMs?: number;
	answeredAtMs?: number;
}

/**
 * What the node knows of Chanjing's clock (transport/chanjingClock.ts): Chanjing's time minus
 * this machine's lies in [lowMs, highMs], learnt since `sinceMs`.
 */
export interface ClockOffset {
	lowMs: number;
	highMs: number;
	sinceMs: number;
}

/** The tasks one node created in one execution, and its errors that stop it (routing/runTasks.ts). */
export interface NodeRunTasks {
	created: Map<number, { id: string; idName: string }>;
	stopping: Array<{
		error: { message: string; description?: string | null };
		message: string;
		description: string;
		itemIndex: number;
	}>;
}

/** A file uploaded to Chanjing's storage (upload/fileApi.ts). */
export interface UploadedFile {
	fullPath: string;
	fileId: string;
}

/** The pace of one credential's requests (transport/pacer.ts). */
export interface RequestPacer {
	readonly limit: number;
	turn(): Promise<number>;
	admitted(startedAt: number): void;
	refused(startedAt: number): void;
}

/** A token this process obtained (auth/tokenMemory.ts): token, expiry and issuer, and when (ms). */
export interface ObtainedToken {
	credentials: ICredentialDataDecryptedObject;
	at: number;
	/** Chanjing rejected it on its first use: another process holds a newer token. */
	diedOnArrival?: boolean;
}

/** A token renewal under way, or one that failed (auth/renewal.ts). */
export interface Renewal {
	settled: Promise<void>;
	startedAt: number;
}

export const processMemory = {
	/**
	 * Submits that succeeded, by execution, node, item and exact request body: n8n's Retry On
	 * Fail runs the node again within the execution, and an item whose identical submit already
	 * made a task gets its creation ID back instead of paying twice. A lookup after a lost answer
	 * never hands these IDs to another item. Retries come within minutes: 10 000 entries, 6 h.
	 */
	submits: new BoundedMap<string, RememberedSubmit>({ maxEntries: 10_000, maxAgeMs: 6 * HOUR_MS }),

	/**
	 * The tasks each node created in an execution, by item, and the errors that stop it under
	 * On Error = Stop: n8n then drops the node's output, so the error lists the paid tasks
	 * (routing/runTasks.ts). An execution's items run within hours: 1000 nodes, 6 h.
	 */
	nodeRuns: new BoundedMap<string, NodeRunTasks>({ maxEntries: 1000, maxAgeMs: 6 * HOUR_MS }),

	/**
	 * Chanjing's clock against this machine's, by Base URL, learnt from the Date header of its
	 * answers and the create_time of tasks this process made: a lookup after a lost submit
	 * answer never claims a task created before the submit left (submit/reconcile.ts). Relearnt
	 * every hour (clocks are set now and then): 100 Base URLs.
	 */
	clocks: new BoundedMap<string, ClockOffset>({ maxEntries: 100, maxAgeMs: HOUR_MS }),

	/**
	 * Uploads in flight or done, by execution, credential and content hash: items of one
	 * execution that carry the same image upload it once, even at the same moment
	 * (upload/uploadOnce.ts). An uploaded URL stays valid for days: 500 entries, 6 h.
	 */
	uploads: new BoundedMap<string, Promise<UploadedFile>>({
		maxEntries: 500,
		maxAgeMs: 6 * HOUR_MS,
	}),

	/**
	 * The file API's recent requests per credential (answer time, Infinity while in flight):
	 * Chanjing allows 30 a minute, and items uploading at once queue instead of meeting 40001
	 * (upload/filePacing.ts). One list per credential: 1000 credentials.
	 */
	fileApiRequests: new BoundedMap<string, number[]>({ maxEntries: 1000 }),

	/**
	 * One pacer per credential, which learns Chanjing's rate limit from 40001 answers so that
	 * the items of every execution slow down together (transport/pacer.ts): 1000 credentials.
	 */
	pacers: new BoundedMap<string, RequestPacer>({ maxEntries: 1000 }),

	/**
	 * Token requests under way, by host and App ID: callers at the same moment share one, since
	 * a second token request would kill the token the first one got (auth/tokenMemory.ts).
	 * Forgotten when answered.
	 */
	tokenRequests: new BoundedMap<string, Promise<ICredentialDataDecryptedObject>>({
		maxEntries: 1000,
	}),

	/**
	 * The token this process obtained last, by host and App ID (token, expiry, issuer): saves of
	 * two processes can cross and leave an older, dead token saved; ours is then saved again
	 * (auth/tokenMemory.ts). Tokens last a day: 1000 apps, 25 h.
	 */
	obtainedTokens: new BoundedMap<string, ObtainedToken>({
		maxEntries: 1000,
		maxAgeMs: 25 * HOUR_MS,
	}),

	/**
	 * Apps (host and App ID) whose credential has shown it is shared with another process
	 * (queue-mode workers, another n8n): their renewals pause and check again, which a credential
	 * used by one process does not pay (auth/sharing.ts). Sharing is a setup that lasts: 1000
	 * apps, 7 days.
	 */
	sharedApps: new BoundedMap<string, true>({ maxEntries: 1000, maxAgeMs: 7 * 24 * HOUR_MS }),

	/**
	 * Apps whose next preAuthentication hands n8n the token this process obtained last instead
	 * of requesting one: that is how a token is saved again (auth/tokenMemory.ts). Used at once.
	 */
	handOvers: new BoundedMap<string, true>({ maxEntries: 1000, maxAgeMs: HOUR_MS }),

	/**
	 * Token renewals under way, by credential and the token they replace: items that need the
	 * same token replaced wait for one renewal (auth/renewal.ts). A failed one is kept 10 min so
	 * that a wrong Secret Key is not tried again for every item; one that succeeded is forgotten.
	 */
	renewals: new BoundedMap<string, Renewal>({ maxEntries: 1000, maxAgeMs: 10 * 60 * 1000 }),

	/**
	 * Lookup lists read whole (public avatars and voices, the account's custom avatars and cloned
	 * voices), by execution, credential and list: the items of one execution check their avatar
	 * and voice against one reading instead of reading every list per item
	 * (lookups/catalogue.ts). An execution's items run within minutes: 200 lists, 10 min.
	 */
	lookups: new BoundedMap<string, Promise<unknown>>({ maxEntries: 200, maxAgeMs: 10 * 60 * 1000 }),

	/**
	 * Callbacks the Chanjing Trigger took (or is taking) in production, by workflow, node and
	 * task, with the end of their repeat window (ms): a repeat that reaches this process is not
	 * emitted again, even one that arrives while the first is still being verified
	 * (trigger/repeats.ts; the workflow's static data carries them to other processes and across
	 * restarts). Windows last at most a week: 10 000 tasks, 7 days.
	 */
	callbackRepeats: new BoundedMap<string, number>({
		maxEntries: 10_000,
		maxAgeMs: 7 * 24 * HOUR_MS,
	}),

	/**
	 * The items of a callback sent to the Chanjing Trigger's Test URL, by workflow and node, until
	 * the manual execution that follows asks for them: n8n runs a polling node's poll() in a
	 * manual execution instead of passing the webhook's items on (trigger/testCallbacks.ts).
	 * Taken at once: 100 nodes, 10 min.
	 */
	testCallbacks: new BoundedMap<string, INodeExecutionData[]>({
		maxEntries: 100,
		maxAgeMs: 10 * 60 * 1000,
	}),
};

/** For tests: every test starts from an empty process. */
export function forgetProcessMemory(): void {
	for (const store of Object.values(processMemory)) store.clear();
}
