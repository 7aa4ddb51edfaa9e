import type { IExecuteSingleFunctions, INodeExecutionData } from 'n8n-workflow';

import type { TaskAdapter } from '../task/adapter';
import { readCompletionSettings } from './settings';

/**
 * Whether the node runs as the "Chanjing Tool" of an AI Agent or an MCP Server Trigger: n8n
 * gives a node with `usableAsTool` a tool variant whose type is the node's type plus `Tool`.
 */
export function runsAsTool(context: IExecuteSingleFunctions): boolean {
	return context.getNode().type.endsWith('Tool');
}

/**
 * runItem's last `after` step of a create and a Get: when the node runs as a tool, each answer
 * gets a `status` (`submitted` for a new task) and a `message` saying what to do next (the
 * adapter's words), and carries no binary data (a model reads text). On the canvas the items
 * pass unchanged.
 */
export function explainForModel(adapter: TaskAdapter) {
	return async function explainForModelIfTool(
		this: IExecuteSingleFunctions,
		items: INodeExecutionData[],
	): Promise<INodeExecutionData[]> {
		if (!runsAsTool(this)) return items;
		const { download } = readCompletionSettings(this);
		return items.map(({ json, pairedItem }) => {
			const task = { ...json, status: json.status ?? 'submitted' };
			const next =
				task.status === 'submitted' ? adapter.agent.submitted : adapter.agent.nextStep(task);
			const message = next + (download ? adapter.agent.downloadIgnored : '');
			return { json: { ...task, message }, ...(pairedItem === undefined ? {} : { pairedItem }) };
		});
	};
}
