import { createHash } from 'node:crypto';
import type { IExecuteSingleFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { hashStream, readPrefix } from './binaryImage';
import type { UploadableFile } from './fileApi';

/** How much of a file its kind is read from (a signature is in the first bytes). */
const HEAD_BYTES = 64;
const STREAM_CHUNK = 64 * 1024;

/** A file's kind from its first bytes and size: the extension it is uploaded with, or why not. */
export type FileRules = (
	head: Uint8Array,
	sizeBytes: number,
) => { format: string } | { problem: string };

function fileError(
	context: IExecuteSingleFunctions,
	field: string,
	property: string,
	problem: string,
): NodeOperationError {
	return new NodeOperationError(context.getNode(), `${field} "${property}" ${problem}`, {
		itemIndex: context.getItemIndex(),
		description: `Nothing was uploaded or sent to Chanjing for this item. Fix the file, or the value in the parameter '${field}'.`,
	});
}

/**
 * Reads and checks one binary file of the item that is not an image (audio, video) against
 * `rules`, from its first `headBytes` bytes and size, then hashes it, as binaryImage.ts does for images:
 * stored binary data (filesystem, S3) is streamed, so memory does not grow with the file.
 */
export async function readBinaryFile(
	context: IExecuteSingleFunctions,
	field: string,
	property: string,
	rules: FileRules,
	headBytes = HEAD_BYTES,
): Promise<UploadableFile & { format: string }> {
	const binary = context.getInputData()?.binary ?? {};
	if (!binary[property]) {
		const names = Object.keys(binary);
		throw fileError(
			context,
			field,
			property,
			names.length === 0
				? 'is not there: this item has no binary data; give it a file from a previous node (e.g. a form upload or an HTTP Request download)'
				: `is not there: this item's binary properties are ${names.map((n) => `"${n}"`).join(', ')}`,
		);
	}
	const data = context.helpers.assertBinaryData(property);
	const helpers = context.helpers;
	let buffer: Buffer | undefined;
	let head: Buffer;
	let declaredSize: number;
	if (data.id) {
		declaredSize = Number((await helpers.getBinaryMetadata(data.id)).fileSize);
		head = await readPrefix(
			await helpers.getBinaryStream(data.id, STREAM_CHUNK),
			(bytes) => bytes.length >= headBytes,
		);
	} else {
		buffer = await helpers.getBinaryDataBuffer(property);
		declaredSize = buffer.length;
		head = buffer.subarray(0, headBytes);
	}
	const first = rules(head, declaredSize);
	if ('problem' in first) throw fileError(context, field, property, first.problem);
	const { sha256, sizeBytes } = buffer
		? { sha256: createHash('sha256').update(buffer).digest('hex'), sizeBytes: buffer.length }
		: await hashStream(await helpers.getBinaryStream(data.id!, STREAM_CHUNK));
	const checked = rules(head, sizeBytes);
	if ('problem' in checked) throw fileError(context, field, property, checked.problem);
	const kept = buffer;
	return {
		field,
		property,
		format: checked.format,
		sizeBytes,
		sha256,
		uploadName: `${sha256.slice(0, 16)}.${checked.format}`,
		body: async () => kept ?? (await helpers.getBinaryStream(data.id!, STREAM_CHUNK)),
	};
}
