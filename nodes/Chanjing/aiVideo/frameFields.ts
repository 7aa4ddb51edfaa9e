import type { IDataObject } from 'n8n-workflow';

import type { GenerateMode } from './modes';

/** How a submit names its frames: start_frame/end_frame, ref_img_url, or both. */
export type FrameFieldsStyle = 'startEndFrame' | 'refImgUrl' | 'both';

/**
 * The frame fields of a submit body. The parameter table of Chanjing's documentation page
 * names `start_frame`/`end_frame`, its code samples send `ref_img_url: [start, end]`; which
 * one an account honours is not documented.
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
