import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import type { FrameFieldsStyle, GenerateMode } from '../hailuo';
import { frameUrlOf } from './binaryFrames';

/**
 * The frame fields of a submit body. The seed's table names `start_frame`/`end_frame`, its code
 * samples send `ref_img_url: [start, end]`; which one an account honours is not documented.
 */
export function frameFieldsFor(frames: string[], style: FrameFieldsStyle): IDataObject {
	if (frames.length === 0) return {};
	const fields: IDataObject = {};
	if (style !== 'refImgUrl') {
		fields.start_frame = frames[0];
		if (frames[1] !== undefined) fields.end_frame = frames[1];
	}
	if (style !== 'startEndFrame') {
		fields.ref_img_url = frames;
	}
	return fields;
}

export function framesForMode(mode: GenerateMode, first: unknown, last: unknown): string[] {
	if (mode === 'firstFrameToVideo') return [String(first).trim()];
	if (mode === 'firstAndLastFrameToVideo') return [String(first).trim(), String(last).trim()];
	return [];
}

/** preSend: adds the frames of an image mode to the submit body. */
export async function addFrameFields(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const mode = this.getNodeParameter('mode') as GenerateMode;
	const frames = framesForMode(mode, frameUrlOf(this, 'first'), frameUrlOf(this, 'last'));
	const style = this.getNodeParameter('options.frameFields', 'startEndFrame') as FrameFieldsStyle;
	requestOptions.body = {
		...(requestOptions.body as IDataObject),
		...frameFieldsFor(frames, style),
	};
	return requestOptions;
}
