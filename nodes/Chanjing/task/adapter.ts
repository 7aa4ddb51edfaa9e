import type { IDataObject, IHttpRequestOptions } from 'n8n-workflow';

import type { MediaKind } from '../media/mediaKind';

/**
 * What the engine (submit, completion, download, agent answers) needs to know of one kind of
 * Chanjing task. The engine knows nothing else of a product: each product folder builds its
 * adapter, and its operations pass it to the engine's steps. A checklist for a new product is
 * in docs/design.md.
 */
export interface TaskAdapter {
	/** How messages name what the task makes: "video", "image task", … */
	noun: string;
	/** How messages name the paid task itself: "video task", "image task", … */
	taskName: string;
	/** The output field that carries the task's ID, e.g. `creationId`. */
	idField: string;
	/** How messages name that ID, e.g. "creation ID". */
	idName: string;
	/** The ID of the new task in a submit answer's `data`, or undefined when there is none. */
	submittedId(data: unknown): string | undefined;
	/** The request that reads one task (its detail), for waiting. */
	detailRequest(id: string): IHttpRequestOptions;
	/**
	 * Chanjing's record as the node outputs it (Simplify): the ID under `idField`, `status`
	 * (a TaskStatus; an unknown product word lower-cased), `errorMessage`, then the product's own.
	 */
	toTask(raw: IDataObject): IDataObject;
	/** The files a finished task delivers, for Download. */
	outputs: TaskOutputs;
	/** What a model reads when the node runs as an AI agent's tool. */
	agent: AgentWords;
	/** How a submit whose answer was lost is looked up in the product's task list. */
	reconcile: SubmitLookup;
	/** The `service` of Chanjing's file API that the product's uploads use (none: no uploads). */
	uploadService?: string;
	/**
	 * What a failed task costs, for its error (default: "Chanjing does not charge for a failed
	 * task.", which AI creation states; Chanjing's own products do not say).
	 */
	failedNote?: string;
	/** What the Chanjing Trigger needs of the product; absent: the trigger does not offer it. */
	trigger?: TaskTrigger;
}

/**
 * The product as the Chanjing Trigger sees it: a callback names one of its tasks, and (when
 * Chanjing lists the product's tasks) a poll reads that list. The list's pages are read with
 * `reconcile.readPage`, `idOf` and `createdAtS`, newest first, `reconcile.pageSize` a page.
 */
export interface TaskTrigger {
	/**
	 * The task ID in a record of this product — a callback's body out of its envelope, or the
	 * detail fetched to verify it — or undefined when the record is not one of its tasks.
	 */
	taskIdIn(record: IDataObject): string | undefined;
	/** Page `page` (from 1) of all the product's tasks, newest first; absent: callbacks only. */
	listRequest?(page: number): IHttpRequestOptions;
	/**
	 * Set when a finished task delivers an ID, not a file (a cloned voice, a custom avatar): the
	 * trigger's Download attaches nothing to its item. Says what the task delivers.
	 */
	noFile?: string;
}

/** The product's status words and codes, normalised. */
export type TaskStatus = 'queued' | 'generating' | 'succeeded' | 'failed';

export function isFinished(status: unknown): boolean {
	return status === 'succeeded' || status === 'failed';
}

export interface TaskOutputs {
	kind: MediaKind;
	/** `attach`: the file joins the task's item; `itemPerFile`: one item per file (images). */
	layout: 'attach' | 'itemPerFile';
	/** With `itemPerFile`: the fields that name each item's file, e.g. imageIndex, imageUrl. */
	fileFields?: { index: string; url: string };
	/** The file URLs of a (simplified) finished task, in order; an entry may be missing. */
	urls(task: IDataObject): unknown[];
	/** The file name without extension (the extension comes from the bytes) for file `index`. */
	fileName(id: string, index: number): string;
	/**
	 * With `itemPerFile`: how many files were asked for, as the task records it (undefined when
	 * it does not say), and the fields that report the delivery on every item, e.g.
	 * imagesRequested, imagesDelivered, missingImages (completion/delivery.ts).
	 */
	delivery?: {
		requested(task: IDataObject): number | undefined;
		fields: { requested: string; delivered: string; missing: string };
	};
}

export interface AgentWords {
	/** Right after a submit: what to do next, and that a second submit pays again. */
	submitted: string;
	/** Appended when Download is on: a model cannot read files. */
	downloadIgnored: string;
	/** For a fetched task: what to do next, by its status. */
	nextStep(task: IDataObject): string;
}

/** One page of a product's task list, read leniently. */
export interface TaskPage {
	tasks: IDataObject[];
	totalPages: number;
}

export interface SubmitLookup {
	/**
	 * Set when Chanjing keeps no list of the product's tasks (speech): a submit whose outcome is
	 * unknown cannot be looked up, and the item fails saying so (never sent again). The other
	 * members are then never called (see `unlistedTasks`).
	 */
	unlisted?: string;
	/** Tasks per page of the list request. */
	pageSize: number;
	/** The list request, newest first, that holds the tasks a submit of `body` may have made. */
	listRequest(body: IDataObject, page: number): IHttpRequestOptions;
	readPage(data: unknown): TaskPage;
	idOf(raw: IDataObject): string;
	/** When the task was made (Unix seconds; NaN when unknown). */
	createdAtS(raw: IDataObject): number;
	/** Whether a listed task is what `body` asked for (every field the record keeps). */
	matches(raw: IDataObject, body: IDataObject): boolean;
	/** The fields `matches` compares, in words: "model, prompt, frames, clarity and duration". */
	matchedFields: string;
	/** What a user looks for in the list to find the task by hand: `the prompt "…"`. */
	lookFor(body: IDataObject): string;
}

/**
 * The lookup of a product whose tasks Chanjing does not list: `why` says so to the user; an
 * unknown outcome is reported, never re-sent (submit/unlistedOutcome.ts).
 */
export function unlistedTasks(why: string, lookFor: SubmitLookup['lookFor']): SubmitLookup {
	const none = (): never => {
		throw new Error(why);
	};
	return {
		unlisted: why,
		pageSize: 0,
		listRequest: none,
		readPage: none,
		idOf: none,
		createdAtS: none,
		matches: none,
		matchedFields: '',
		lookFor,
	};
}
