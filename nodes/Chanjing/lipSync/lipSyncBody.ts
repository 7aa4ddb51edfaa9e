import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { badInputError } from '../input/problem';
import { checkedInputError } from '../lookups/checkedInput';
import { rate } from '../lookups/speechRates';
import { judgeVoice } from '../lookups/voiceCheck';
import type { VideoSize } from '../media/videoSize';
import { customCanvasOf, findLipSyncInputProblem } from './lipSyncChecks';
import { readLipSyncFiles, uploadLipSyncFiles } from './lipSyncFiles';
import { type LipSyncInput, readLipSyncInput } from './lipSyncInput';

interface Uploaded {
	videoFileId: string;
	audioFileId?: string;
}

function driveOf(input: LipSyncInput, uploaded: Uploaded): IDataObject {
	if (input.driveWith === 'text') {
		return {
			audio_type: 'tts',
			tts_config: {
				// D4: a string array, as AV's script and SPEC send it (AV's table says a string)
				text: [input.script as string],
				audio_man_id: String(input.voice).trim(),
				speed: rate(input.speed),
				pitch: rate(input.pitch),
			},
		};
	}
	return { audio_type: 'audio', audio_file_id: uploaded.audioFileId };
}

/**
 * The video_lip_sync/create body with the keys of catalogue 4 [AV, SDK]: the footage's file ID,
 * the canvas (the footage's own size unless Custom, as the SDK sends it), model, backway, drive
 * mode (only when random), the drive (tts_config or audio_file_id), volume and callback.
 */
export function lipSyncBody(
	input: LipSyncInput,
	canvas: VideoSize,
	uploaded: Uploaded,
): IDataObject {
	const o = input.options;
	const callback = typeof o.callbackUrl === 'string' ? o.callbackUrl.trim() : '';
	return {
		video_file_id: uploaded.videoFileId,
		screen_width: canvas.width,
		screen_height: canvas.height,
		model: Number(input.model),
		backway: Number(o.backway ?? 1),
		...(o.driveMode === 'random' ? { drive_mode: 'random' } : {}),
		...driveOf(input, uploaded),
		volume: Number(o.volume ?? 100),
		...(callback ? { callback } : {}),
	};
}

/**
 * preSend of Lip Sync → Create: stops a bad item before a (charged) video is created — first
 * what the input alone tells, then the files by their bytes (and the footage's size for the
 * canvas), then the voice against Chanjing's lists —, uploads the files and builds the body.
 */
export async function prepareLipSync(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const input = readLipSyncInput(this);
	const problem = findLipSyncInputProblem(input);
	if (problem) throw badInputError(this, problem);
	const files = await readLipSyncFiles(this, input);
	const canvas = (customCanvasOf(input) as VideoSize | undefined) ?? files.videoSize;
	if (!canvas) {
		throw badInputError(this, {
			field: 'Canvas',
			message:
				"is the video's own size, which the node could not read from the file (an MP4 or MOV whose index comes after the first MB, or a damaged file); choose Custom and give the video's width and height",
		});
	}
	if (input.driveWith === 'text') {
		const verdict = await judgeVoice(this, 'Voice', String(input.voice).trim());
		if ('known' in verdict && !verdict.known && verdict.problem) {
			throw checkedInputError(this, verdict.problem);
		}
	}
	const uploaded = await uploadLipSyncFiles(this, files);
	return { ...requestOptions, body: lipSyncBody(input, canvas, uploaded) };
}
