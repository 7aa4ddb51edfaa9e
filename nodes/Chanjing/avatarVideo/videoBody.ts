import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { badInputError } from '../input/problem';
import { findAvatar } from '../lookups/catalogue';
import { checkedInputError } from '../lookups/checkedInput';
import { rate } from '../lookups/speechRates';
import { judgeVoice } from '../lookups/voiceCheck';
import { type AvatarPlan, planAvatar } from './avatarChecks';
import { avatarBox, type Size, SUBTITLE_COLOR, SUBTITLE_STROKE_WIDTH } from './canvas';
import {
	canvasOf,
	findAvatarVideoInputProblem,
	isProblem,
	type SubtitleBox,
	subtitleBoxOf,
} from './videoChecks';
import { type AvatarVideoInput, readAvatarVideoInput } from './videoInput';
import { readVideoFiles, uploadVideoFiles } from './videoUploads';

interface Uploaded {
	audioFileId?: string;
	backgroundFileId?: string;
}

function audioOf(input: AvatarVideoInput, uploaded: Uploaded): IDataObject {
	const o = input.options;
	const common = { volume: Number(o.volume ?? 100), language: String(o.language ?? 'cn') };
	if (input.driveWith === 'text') {
		return {
			type: 'tts',
			...common,
			tts: {
				// "建议把所有文本放进一个字符串" (VC): one string in the array
				text: [input.script as string],
				speed: rate(input.speed),
				audio_man: String(input.voice).trim(),
				pitch: rate(input.pitch),
			},
		};
	}
	return {
		type: 'audio',
		...common,
		...(uploaded.audioFileId
			? { file_id: uploaded.audioFileId }
			: { wav_url: String(input.audioUrl).trim() }),
	};
}

function subtitleConfigOf(input: AvatarVideoInput, box: SubtitleBox | undefined): IDataObject {
	if (!input.subtitles || !box) return { show: false };
	const s = input.subtitle;
	const fontId = typeof s.fontId === 'string' ? s.fontId.trim() : '';
	const strokeColor = typeof s.strokeColor === 'string' ? s.strokeColor.trim() : '';
	return {
		show: true,
		x: box.x,
		y: box.y,
		width: box.width,
		height: box.height,
		font_size: box.fontSize,
		color: String(s.color ?? SUBTITLE_COLOR).trim(),
		...(strokeColor ? { stroke_color: strokeColor } : {}),
		stroke_width:
			s.strokeWidth === undefined || s.strokeWidth === ''
				? SUBTITLE_STROKE_WIDTH
				: Number(s.strokeWidth),
		...(fontId ? { font_id: fontId } : {}),
		asr_type: 0,
	};
}

/**
 * The create_video body, with the keys Chanjing's own script (VC create_task) sends: `person`
 * (its box on the canvas, `figure_type` for public avatars), `audio` (tts or audio, volume,
 * language), `bg_color`, the canvas, `model`, `backway` and `drive_mode` at the body's top level
 * (where that script puts them; SPEC nests them in `person`, catalogue D1), the compliance
 * watermark, `resolution_rate`, `subtitle_config`, then `bg`, `callback` and `source`.
 */
export function avatarVideoBody(
	input: AvatarVideoInput,
	plan: AvatarPlan,
	canvas: Size,
	subtitleBox: SubtitleBox | undefined,
	uploaded: Uploaded,
): IDataObject {
	const o = input.options;
	const box = avatarBox(canvas, plan.figure, plan.circle);
	const callback = typeof o.callbackUrl === 'string' ? o.callbackUrl.trim() : '';
	const image = uploaded.backgroundFileId
		? { file_id: uploaded.backgroundFileId }
		: input.background === 'imageUrl'
			? { src_url: String(input.backgroundImageUrl).trim() }
			: undefined;
	return {
		person: { id: plan.id, ...box, ...(plan.figureType ? { figure_type: plan.figureType } : {}) },
		audio: audioOf(input, uploaded),
		bg_color: String(input.backgroundColor).trim(),
		screen_width: canvas.width,
		screen_height: canvas.height,
		model: Number(o.quality ?? 0),
		backway: Number(o.backway ?? 1),
		...(o.driveMode === 'random' ? { drive_mode: 'random' } : {}),
		add_compliance_watermark: o.complianceWatermark === true,
		compliance_watermark_position: Number(o.watermarkPosition ?? 0),
		resolution_rate: Number(input.resolution),
		subtitle_config: subtitleConfigOf(input, subtitleBox),
		...(image ? { bg: { ...image, x: 0, y: 0, width: canvas.width, height: canvas.height } } : {}),
		...(callback ? { callback } : {}),
		...(plan.source === undefined ? {} : { source: plan.source }),
	};
}

/**
 * preSend of Avatar Video → Create: stops a bad item before a (charged) video is created — first
 * what the input and its files alone tell (no request), then what Chanjing's lists tell (the
 * avatar, its figure, 4K, the voice) —, uploads the item's audio and background, and builds the
 * body.
 */
export async function prepareAvatarVideo(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const input = readAvatarVideoInput(this);
	const problem = findAvatarVideoInputProblem(input);
	if (problem) throw badInputError(this, problem);
	const canvas = canvasOf(input) as Size;
	const subtitleBox = input.subtitles ? (subtitleBoxOf(input, canvas) as SubtitleBox) : undefined;
	const files = await readVideoFiles(this, input);

	const id = String(input.avatar).trim();
	const plan = planAvatar(id, await findAvatar(this, id), {
		figureType: String(input.figureType ?? ''),
		uhd: Number(input.resolution) === 1,
	});
	if (isProblem(plan)) throw checkedInputError(this, plan);
	if (input.driveWith === 'text') {
		const verdict = await judgeVoice(this, 'Voice', String(input.voice).trim(), plan.avatar);
		if ('known' in verdict && !verdict.known && verdict.problem) {
			throw checkedInputError(this, verdict.problem);
		}
	}
	const uploaded = await uploadVideoFiles(this, files);
	return {
		...requestOptions,
		body: avatarVideoBody(input, plan, canvas, subtitleBox, uploaded),
	};
}
