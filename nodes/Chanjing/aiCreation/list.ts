import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { ChanjingEnvelope } from '../api/envelope';
import { chanjingRequest } from '../transport/request';
import { simplifies, toTask } from './task';
import { MAX_CREATION_IDS, MAX_PAGE_SIZE, TASK_LIST_PATH } from './paths';
import { DEFAULT_LIST_LIMIT } from './listFields';

interface ListFilters {
	creationIds?: string | string[];
	onlySuccessful?: boolean;
}

interface TaskPage {
	list?: IDataObject[];
	page_info?: { page?: number; total_page?: number };
}

type ListHook = {
	preSend: (
		this: IExecuteSingleFunctions,
		requestOptions: IHttpRequestOptions,
	) => Promise<IHttpRequestOptions>;
	postReceive: (
		this: IExecuteSingleFunctions,
		items: INodeExecutionData[],
		response: IN8nHttpFullResponse,
	) => Promise<INodeExecutionData[]>;
};

export function parseCreationIds(value: unknown): string[] {
	const parts = Array.isArray(value) ? value : String(value ?? '').split(',');
	return parts.map((id) => String(id).trim()).filter((id) => id !== '');
}

function wanted(context: IExecuteSingleFunctions): number {
	return context.getNodeParameter('returnAll', false)
		? Infinity
		: Number(context.getNodeParameter('limit', DEFAULT_LIST_LIMIT));
}

/** Get Many of one creation type (video 4, image 3): its preSend and postReceive. */
export function taskListHooks(creationType: number): ListHook {
	async function buildListBody(
		this: IExecuteSingleFunctions,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		return listBody(this, creationType, requestOptions);
	}
	async function collectTasks(
		this: IExecuteSingleFunctions,
		_items: INodeExecutionData[],
		response: IN8nHttpFullResponse,
	): Promise<INodeExecutionData[]> {
		return await collect(this, creationType, response);
	}
	return { preSend: buildListBody, postReceive: collectTasks };
}

/** preSend of Get Many: the task-list body from Return All / Limit and the filters. */
function listBody(
	context: IExecuteSingleFunctions,
	creationType: number,
	requestOptions: IHttpRequestOptions,
): IHttpRequestOptions {
	const filters = context.getNodeParameter('filters', {}) as ListFilters;
	const ids = parseCreationIds(filters.creationIds);
	if (ids.length > MAX_CREATION_IDS) {
		throw new NodeOperationError(
			context.getNode(),
			`Creation IDs has ${ids.length} IDs; Chanjing allows at most ${MAX_CREATION_IDS}`,
			{
				itemIndex: context.getItemIndex(),
				description:
					"Nothing was sent to Chanjing for this item. Fix the value in the parameter 'Creation IDs'.",
			},
		);
	}
	const body: IDataObject = {
		type: creationType,
		page: 1,
		page_size: Math.min(MAX_PAGE_SIZE, wanted(context)),
	};
	if (ids.length) body.unique_ids = ids;
	if (filters.onlySuccessful) body.is_success = true;
	requestOptions.body = body;
	return requestOptions;
}

/** postReceive of Get Many: one item per task, fetching further pages for Return All or Limit. */
async function collect(
	context: IExecuteSingleFunctions,
	creationType: number,
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const limit = wanted(context);
	let page = ((response.body as ChanjingEnvelope).data ?? {}) as TaskPage;
	const tasks = [...(page.list ?? [])];
	let pageNumber = 1;
	let request: IDataObject | undefined;
	while (
		tasks.length < limit &&
		pageNumber < Number(page.page_info?.total_page ?? 1) &&
		(page.list ?? []).length > 0
	) {
		pageNumber += 1;
		request ??= listBody(context, creationType, {} as IHttpRequestOptions).body as IDataObject;
		const answer = await chanjingRequest.call(context, {
			method: 'POST',
			url: TASK_LIST_PATH,
			body: { ...request, page: pageNumber },
		});
		page = (answer.data ?? {}) as TaskPage;
		tasks.push(...(page.list ?? []));
	}
	const simplify = simplifies(context);
	return tasks.slice(0, limit).map((task) => ({ json: simplify ? toTask(task) : task }));
}
