import { createHash } from 'node:crypto';
import type { IBinaryData, IExecuteSingleFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import {
	EXTENSION_OF,
	type HeaderReading,
	type ImageFormat,
	readImageHeader,
} from '../media/imageHeader';
import type { BinaryStream as Readable, UploadableFile } from './fileApi';

/** How much of a stored file the header check reads at most (JPEG headers with EXIF can be long). */
export const HEADER_READ_LIMIT = 1024 * 1024;
const STREAM_CHUNK = 64 * 1024;

/** Why an image cannot be sent, in words that follow the field's name, or undefined. */
export type ImageRules = (reading: HeaderReading, sizeBytes: number) => string | undefined;

/** A binary image that passed the checks, with what its upload needs. */
export interface BinaryImage extends UploadableFile {
	format: ImageFormat;
	width: number;
	height: number;
}

function frameError(
	context: IExecuteSingleFunctions,
	field: string,
	property: string,
	problem: string,
): NodeOperationError {
	return new NodeOperationError(context.getNode(), `${field} "${property}" ${problem}`, {
		itemIndex: context.getItemIndex(),
		description: `Nothing was uploaded or sent to Chanjing for this item. Fix the image, or the value in the parameter '${field}'.`,
	});
}

/** The item's binary data under `property`, through n8n's helper so every binary mode works. */
function binaryOf(context: IExecuteSingleFunctions, field: string, property: string): IBinaryData {
	const item = context.getInputData();
	const binary = item?.binary ?? {};
	if (!binary[property]) {
		const names = Object.keys(binary);
		throw frameError(
			context,
			field,
			property,
			names.length === 0
				? 'is not there: this item has no binary data; give the frame an image from a previous node (e.g. a form upload or an HTTP Request download)'
				: `is not there: this item's binary properties are ${names.map((n) => `"${n}"`).join(', ')}`,
		);
	}
	return context.helpers.assertBinaryData(property);
}

/** Reads a stream until `enough(bytesSoFar)` holds or it ends, then closes it. */
export async function readPrefix(
	stream: Readable,
	enough: (bytes: Buffer) => boolean,
): Promise<Buffer> {
	const chunks: Buffer[] = [];
	let length = 0;
	try {
		for await (const chunk of stream) {
			chunks.push(chunk as Buffer);
			length += (chunk as Buffer).length;
			if (length >= HEADER_READ_LIMIT || enough(Buffer.concat(chunks, length))) break;
		}
	} finally {
		stream.destroy();
	}
	return Buffer.concat(chunks, length);
}

export async function hashStream(stream: Readable): Promise<{ sha256: string; sizeBytes: number }> {
	const hash = createHash('sha256');
	let sizeBytes = 0;
	for await (const chunk of stream) {
		hash.update(chunk as Buffer);
		sizeBytes += (chunk as Buffer).length;
	}
	return { sha256: hash.digest('hex'), sizeBytes };
}

/**
 * Reads and checks one binary image against `rules`: the format and size from its first bytes,
 * then its hash.
 * Stored binary data (filesystem, S3) is streamed: the check reads only the header, the hash
 * pass and the upload each stream the file once, so memory does not grow with the image.
 */
export async function readBinaryImage(
	context: IExecuteSingleFunctions,
	field: string,
	property: string,
	rules: ImageRules,
): Promise<BinaryImage> {
	const binary = binaryOf(context, field, property);
	const helpers = context.helpers;
	let buffer: Buffer | undefined;
	let declaredSize: number;
	let prefix: Buffer;
	if (binary.id) {
		const id = binary.id;
		declaredSize = Number((await helpers.getBinaryMetadata(id)).fileSize);
		prefix = await readPrefix(
			await helpers.getBinaryStream(id, STREAM_CHUNK),
			(bytes) => readImageHeader(bytes).kind !== 'needMore',
		);
	} else {
		buffer = await helpers.getBinaryDataBuffer(property);
		declaredSize = buffer.length;
		prefix = buffer.subarray(0, HEADER_READ_LIMIT);
	}
	const reading = readImageHeader(prefix);
	const problem = rules(reading, declaredSize);
	if (problem || reading.kind !== 'image') throw frameError(context, field, property, problem!);

	const { sha256, sizeBytes } = buffer
		? { sha256: createHash('sha256').update(buffer).digest('hex'), sizeBytes: buffer.length }
		: await hashStream(await helpers.getBinaryStream(binary.id!, STREAM_CHUNK));
	const sizeProblem = rules(reading, sizeBytes);
	if (sizeProblem) throw frameError(context, field, property, sizeProblem);

	const kept = buffer;
	return {
		field,
		property,
		format: reading.format,
		width: reading.width,
		height: reading.height,
		sizeBytes,
		sha256,
		uploadName: `${sha256.slice(0, 16)}.${EXTENSION_OF[reading.format]}`,
		body: async () => kept ?? (await helpers.getBinaryStream(binary.id!, STREAM_CHUNK)),
	};
}
