import { createHash } from 'node:crypto';
import type { IExecuteSingleFunctions, IN8nHttpFullResponse } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { FileRules } from './binaryFile';
import type { UploadableFile } from './fileApi';

/** How long fetching a user's file by URL may take before the item fails. */
export const URL_FILE_TIMEOUT_MS = 300_000;

function urlFileError(
	context: IExecuteSingleFunctions,
	field: string,
	url: string,
	problem: string,
	cause = '',
): NodeOperationError {
	return new NodeOperationError(context.getNode(), `${field} ${problem}`, {
		itemIndex: context.getItemIndex(),
		description: `Nothing was uploaded or sent to Chanjing for this item. The node fetched ${url} to check and upload it${cause ? ` (${cause})` : ''}. Fix the file, or the value in the parameter '${field}'.`,
	});
}

/**
 * Fetches a file a user gives by URL, for a product that takes only uploaded files (lip sync's
 * `video_file_id` and `audio_file_id`): checked by its bytes against `rules` exactly as a binary
 * file is, then uploadable like one. The file is held in memory; `rules` refuses it by size.
 */
export async function readUrlFile(
	context: IExecuteSingleFunctions,
	field: string,
	url: string,
	rules: FileRules,
): Promise<UploadableFile & { format: string; bytes: Buffer }> {
	let response: IN8nHttpFullResponse;
	try {
		response = (await context.helpers.httpRequest({
			method: 'GET',
			url,
			encoding: 'arraybuffer',
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
			timeout: URL_FILE_TIMEOUT_MS,
		})) as IN8nHttpFullResponse;
	} catch (error) {
		// the cause goes in the description: n8n rewrites a message that names a network error
		// code (e.g. ECONNREFUSED) and would drop the field's name
		throw urlFileError(
			context,
			field,
			url,
			'could not be fetched: its server did not answer',
			(error as Error).message ?? String(error),
		);
	}
	if (response.statusCode < 200 || response.statusCode >= 300) {
		throw urlFileError(context, field, url, `could not be fetched: HTTP ${response.statusCode}`);
	}
	const bytes = Buffer.from(response.body as ArrayBuffer);
	const checked = rules(bytes.subarray(0, 64), bytes.length);
	if ('problem' in checked) throw urlFileError(context, field, url, checked.problem);
	const sha256 = createHash('sha256').update(bytes).digest('hex');
	return {
		field,
		property: url,
		format: checked.format,
		sizeBytes: bytes.length,
		sha256,
		uploadName: `${sha256.slice(0, 16)}.${checked.format}`,
		bytes,
		body: async () => bytes,
	};
}
