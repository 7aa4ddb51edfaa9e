import type {
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';

import { badInputError } from '../input/problem';
import { checkId } from '../lookups/pickerFields';
import { checkedTaskRecord } from '../task/taskRecord';
import { toSpeechTask } from './task';

/** preSend of Speech → Get: the Task ID, trimmed and checked, as audio_task_state's body. */
export async function speechStateBody(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const id = this.getNodeParameter('taskId', '');
	const problem = checkId('Task ID', id);
	if (problem) throw badInputError(this, problem);
	return { ...requestOptions, body: { task_id: String(id).trim() } };
}

/** postReceive of Speech → Get: the task, checked to be one (the record kept for Simplify off). */
export async function toSpeechResult(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const raw = checkedTaskRecord(this, response, 'speech task');
	const task = toSpeechTask(raw);
	// the detail may leave its ID out: the one asked for is the task's
	if (!task.taskId) task.taskId = String(this.getNodeParameter('taskId', '')).trim();
	return [{ json: task }];
}
