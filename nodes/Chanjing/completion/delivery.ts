import type {
	IBinaryData,
	IDataObject,
	IExecuteSingleFunctions,
	INodeExecutionData,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { TaskAdapter } from '../task/adapter';
import { downloadOutput, missingUrlReason } from './download';
import type { OnShortDelivery } from './settings';

/** A file the task was asked for and the node cannot deliver, and why. */
export interface MissingFile {
	index: number;
	url: string | null;
	reason: string;
}

/** What a finished task lists: how many files were asked, the usable URLs, the missing ones. */
export interface FileListing {
	/** As the task records it; the number of listed URLs when it does not say. */
	requested: number;
	listed: Array<{ index: number; url: string }>;
	missing: MissingFile[];
}

/**
 * The files of a finished task: every position up to the number asked for (or listed, if more)
 * has a usable URL, or is missing because its URL is absent, empty or null.
 */
export function listFiles(adapter: TaskAdapter, task: IDataObject): FileListing {
	const urls = adapter.outputs.urls(task);
	const asked = adapter.outputs.delivery?.requested(task);
	const requested = Math.max(asked ?? 0, urls.length);
	const listing: FileListing = { requested, listed: [], missing: [] };
	for (let index = 0; index < requested; index += 1) {
		const url = urls[index];
		if (typeof url === 'string' && url.trim() !== '') listing.listed.push({ index, url });
		else
			listing.missing.push({
				index,
				url: typeof url === 'string' ? url : null,
				reason: missingUrlReason(url),
			});
	}
	return listing;
}

export interface DeliveryOptions {
	download: boolean;
	binaryPropertyName: string;
	onShortDelivery: OnShortDelivery;
}

function plural(kind: string, count: number): string {
	return count === 1 ? kind : `${kind}s`;
}

function capitalized(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The error of a short delivery: which files are missing and why, and what to do. */
function shortDeliveryError(
	context: IExecuteSingleFunctions,
	adapter: TaskAdapter,
	id: string,
	requested: number,
	delivered: number,
	missing: MissingFile[],
	onShortDelivery: OnShortDelivery,
): NodeOperationError {
	const { kind } = adapter.outputs;
	const which = missing.map((file) => `${kind} ${file.index + 1}: ${file.reason}`).join('; ');
	const keep =
		onShortDelivery === 'error' && delivered > 0
			? `Set On Short Delivery to 'Return What Was Delivered' to get the ${delivered} ${plural(kind, delivered)} that came (every item then lists the missing ones). `
			: '';
	return new NodeOperationError(
		context.getNode(),
		requested === 0
			? `${capitalized(adapter.noun)} ${id} succeeded but delivered no ${plural(kind, 2)}: Chanjing's answer lists no URL`
			: `${capitalized(adapter.noun)} ${id} delivered ${delivered} of ${requested} ${plural(kind, requested)}: ${which}`,
		{
			itemIndex: context.getItemIndex(),
			description: `The task succeeded at Chanjing (${adapter.idName} ${id}). ${keep}Get with the ${adapter.idName} reads the task again and downloads again without creating anything; running the create again makes (and pays for) a new task. If a URL stays missing, ask Chanjing support, quoting the ${adapter.idName}.`,
		},
	);
}

/**
 * A finished task whose files go one item each (images): every item reports how many files
 * were asked for and delivered, and which are missing. A short delivery — a URL absent, empty
 * or null, or a download that fails — fails the item (On Short Delivery: Error, the default;
 * checked before any download) or delivers what came (Return What Was Delivered). Nothing
 * delivered always fails the item.
 */
export async function deliverFiles(
	context: IExecuteSingleFunctions,
	adapter: TaskAdapter,
	task: IDataObject,
	json: IDataObject,
	{ download, binaryPropertyName, onShortDelivery }: DeliveryOptions,
): Promise<INodeExecutionData[]> {
	const id = String(task[adapter.idField]);
	const listing = listFiles(adapter, task);
	const { requested } = listing;
	const fail = (delivered: number, missing: MissingFile[]) =>
		shortDeliveryError(context, adapter, id, requested, delivered, missing, onShortDelivery);
	if (listing.listed.length === 0 || (listing.missing.length > 0 && onShortDelivery === 'error'))
		throw fail(listing.listed.length, listing.missing);
	const missing = [...listing.missing];
	const delivered: Array<{ index: number; url: string; binary?: IBinaryData }> = [];
	for (const { index, url } of listing.listed) {
		if (!download) {
			delivered.push({ index, url });
			continue;
		}
		try {
			const binary = await downloadOutput.call(context, adapter, id, url, index, {
				finished: true,
				total: requested,
			});
			delivered.push({ index, url, binary });
		} catch (error) {
			// downloadOutput states every failure of a download as a NodeOperationError
			const failure =
				error instanceof NodeOperationError
					? error
					: new NodeOperationError(context.getNode(), error as Error);
			if (onShortDelivery === 'error') throw failure;
			missing.push({ index, url, reason: failure.message });
		}
	}
	if (delivered.length === 0) throw fail(0, missing);
	missing.sort((a, b) => a.index - b.index);
	const fields = adapter.outputs.delivery!.fields;
	const fileFields = adapter.outputs.fileFields ?? { index: 'fileIndex', url: 'fileUrl' };
	const report: IDataObject = {
		[fields.requested]: requested,
		[fields.delivered]: delivered.length,
		[fields.missing]: missing.map((file) => ({
			[fileFields.index]: file.index,
			[fileFields.url]: file.url,
			reason: file.reason,
		})),
	};
	if (!download) return [{ json: { ...json, ...report } }];
	return delivered.map(({ index, url, binary }) => ({
		json: { ...json, ...report, [fileFields.index]: index, [fileFields.url]: url },
		binary: { [binaryPropertyName]: binary! },
	}));
}
