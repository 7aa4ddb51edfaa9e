import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { TASK_LIST_PATH } from '../api/credential';
import type { ChanjingEnvelope } from '../api/envelope';
import { VIDEO_CREATION_TYPE } from '../aiVideo/hailuo';
import { IMAGE_CREATION_TYPE } from './models';
import { DEFAULT_LIST_LIMIT, MAX_CREATION_IDS, MAX_PAGE_SIZE } from '../completion/limits';
import { chanjingRequest } from '../transport/request';
import { isImageResource, simplifies, toTask } from './task';

interface ListFilters {
	creationIds?: string | string[];
	onlySuccessful?: boolean;
}

interface TaskPage {
	list?: IDataObject[];
	page_info?: { page?: number; total_page?: number };
}

export function parseCreationIds(value: unknown): string[] {
	const parts = Array.isArray(value) ? value : String(value ?? '').split(',');
	return parts.map((id) => String(id).trim()).filter((id) => id !== '');
}

function wanted(context: IExecuteSingleFunctions): number {
	return context.getNodeParameter('returnAll', false)
		? Infinity
		: Number(context.getNodeParameter('limit', DEFAULT_LIST_LIMIT));
}

/** The task-list `type` of the node's resource. */
export function creationTypeOf(context: IExecuteSingleFunctions): number {
	return isImageResource(context) ? IMAGE_CREATION_TYPE : VIDEO_CREATION_TYPE;
}

/** preSend of Get Many: the task-list body from Return All / Limit and the filters. */
export async function buildListBody(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const filters = this.getNodeParameter('filters', {}) as ListFilters;
	const ids = parseCreationIds(filters.creationIds);
	if (ids.length > MAX_CREATION_IDS) {
		throw new NodeOperationError(
			this.getNode(),
			`Creation IDs has ${ids.length} IDs; Chanjing allows at most ${MAX_CREATION_IDS}`,
			{
				itemIndex: this.getItemIndex(),
				description:
					"Nothing was sent to Chanjing for this item. Fix the value in the parameter 'Creation IDs'.",
			},
		);
	}
	const body: IDataObject = {
		type: creationTypeOf(this),
		page: 1,
		page_size: Math.min(MAX_PAGE_SIZE, wanted(this)),
	};
	if (ids.length) body.unique_ids = ids;
	if (filters.onlySuccessful) body.is_success = true;
	requestOptions.body = body;
	return requestOptions;
}

/** postReceive of Get Many: one item per task, fetching further pages for Return All or Limit. */
export async function collectTasks(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const limit = wanted(this);
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
		request ??= (await buildListBody.call(this, {} as IHttpRequestOptions)).body as IDataObject;
		const answer = await chanjingRequest.call(this, {
			method: 'POST',
			url: TASK_LIST_PATH,
			body: { ...request, page: pageNumber },
		});
		page = (answer.data ?? {}) as TaskPage;
		tasks.push(...(page.list ?? []));
	}
	const simplify = simplifies(this);
	return tasks.slice(0, limit).map((task) => ({ json: simplify ? toTask(task) : task }));
}
