import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { type DownloadContext, downloadOutput } from '../completion/download';
import type { TriggerProduct } from './products';
import type { TriggerSettings } from './settings';

/** A finished task as Chanjing's API returned it, and its product. */
export interface FinishedTask {
	product: TriggerProduct;
	raw: IDataObject;
}

/** The task as output: the product's simplified task with its product, or Chanjing's record. */
export function taskJson({ product, raw }: FinishedTask, simplify: boolean): IDataObject {
	return simplify ? { product: product.value, ...product.adapter.toTask(raw) } : raw;
}

function failedDownload(json: IDataObject, error: unknown): INodeExecutionData {
	return { json: { ...json, downloadError: (error as Error).message } };
}

/**
 * The items of one finished task. With Download, a succeeded task's file is attached (as the
 * Chanjing node attaches it: checked by its bytes, streamed), or one item per file for images.
 * A file that cannot be downloaded does not lose the task: its item says why in `downloadError`.
 * A product that delivers an ID, not a file (`noFile`), attaches nothing.
 */
export async function taskItems(
	this: DownloadContext,
	finished: FinishedTask,
	settings: Pick<TriggerSettings, 'simplify' | 'download' | 'binaryPropertyName'>,
): Promise<INodeExecutionData[]> {
	const { adapter } = finished.product;
	const task = adapter.toTask(finished.raw);
	const json = taskJson(finished, settings.simplify);
	if (!settings.download || task.status !== 'succeeded' || adapter.trigger.noFile) {
		return [{ json }];
	}
	const id = String(adapter.trigger.taskIdIn(finished.raw) ?? task[adapter.idField]);
	const property = settings.binaryPropertyName;
	const urls = adapter.outputs.urls(task);
	try {
		if (adapter.outputs.layout === 'attach') {
			return [
				{ json, binary: { [property]: await downloadOutput.call(this, adapter, id, urls[0]) } },
			];
		}
		if (urls.length === 0) await downloadOutput.call(this, adapter, id, undefined);
		const fields = adapter.outputs.fileFields ?? { index: 'fileIndex', url: 'fileUrl' };
		const items: INodeExecutionData[] = [];
		for (const [index, url] of urls.entries()) {
			items.push({
				json: { ...json, [fields.index]: index, [fields.url]: url as string },
				binary: { [property]: await downloadOutput.call(this, adapter, id, url, index) },
			});
		}
		return items;
	} catch (error) {
		return [failedDownload(json, error)];
	}
}

/** The items of several finished tasks, in the order given. */
export async function itemsOf(
	this: DownloadContext,
	tasks: FinishedTask[],
	settings: Pick<TriggerSettings, 'simplify' | 'download' | 'binaryPropertyName'>,
): Promise<INodeExecutionData[]> {
	const items: INodeExecutionData[] = [];
	for (const finished of tasks) items.push(...(await taskItems.call(this, finished, settings)));
	return items;
}
