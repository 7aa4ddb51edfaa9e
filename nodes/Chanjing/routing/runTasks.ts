import type { IExecuteSingleFunctions } from 'n8n-workflow';

import { type NodeRunTasks, processMemory } from '../memory/processMemory';

/**
 * Under On Error = Stop (n8n's default) one failed item stops the node and n8n drops its output:
 * the IDs of the tasks other items already paid for would be lost. So the error that stops the
 * node lists them with their item indexes, in its message (the first ones) and description (all).
 * n8n runs a declarative node's items at once and throws the first failed item's error once all
 * have settled, so the list is brought up to date as later items create their tasks.
 */

const IN_MESSAGE = 10;

function runKey(ctx: IExecuteSingleFunctions): string {
	return [ctx.getExecutionId(), ctx.getNode().name].join('\n');
}

function runOf(ctx: IExecuteSingleFunctions): NodeRunTasks {
	return processMemory.nodeRuns.getOrCreate(runKey(ctx), () => ({
		created: new Map(),
		stopping: [],
	}));
}

function annotate(run: NodeRunTasks, stop: NodeRunTasks['stopping'][number]): void {
	const others = [...run.created.entries()]
		.filter(([index]) => index !== stop.itemIndex)
		.sort(([a], [b]) => a - b);
	if (others.length === 0) return;
	const entry = ([index, task]: [number, { id: string; idName: string }]) =>
		`item ${index}: ${task.id}`;
	const shown = others.slice(0, IN_MESSAGE).map(entry).join(', ');
	const more = others.length > IN_MESSAGE ? ` and ${others.length - IN_MESSAGE} more` : '';
	const idName = others[0][1].idName;
	stop.error.message = `${stop.message} [tasks already created by other items: ${shown}${more}]`;
	const all = others.map(entry).join('; ');
	stop.error.description = `${stop.description ? `${stop.description} ` : ''}Other items of this run already created paid tasks, which n8n drops with the node's output when an item stops it (On Error = Stop). Their ${idName}s, by item index: ${all}. Fetch them with Get (or find them with Get Many) instead of running these items again; set the node's Settings → On Error to Continue to keep the other items' output next time.`;
}

/** Records the task an item created (or got back) in this run of the node. */
export function recordCreatedTask(ctx: IExecuteSingleFunctions, id: string, idName: string): void {
	const run = runOf(ctx);
	run.created.set(ctx.getItemIndex(), { id, idName });
	for (const stop of run.stopping) annotate(run, stop);
}

/** The error that stops the node, listing the tasks other items created (now and later). */
export function stoppingError<E extends { message: string; description?: string | null }>(
	ctx: IExecuteSingleFunctions,
	error: E,
): E {
	const run = runOf(ctx);
	const stop = {
		error,
		message: error.message,
		description: String(error.description ?? ''),
		itemIndex: ctx.getItemIndex(),
	};
	run.stopping.push(stop);
	annotate(run, stop);
	return error;
}
