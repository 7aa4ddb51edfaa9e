import type { IDataObject } from 'n8n-workflow';

import type { AvatarSource } from './paths';
import { capitalized, objects, text, texts, urlOrNull, whole } from './records';

/**
 * Chanjing's avatars (digital humans) as the node uses them: public ones from list_common_dp and
 * the account's custom ones from list_customised_person (catalogue 3.4 and 5).
 */

/** A public avatar's figure types (`figures[].type`, catalogue 3.1) and their panel names. */
export const FIGURE_TYPE_NAMES: Record<string, string> = {
	whole_body: 'Whole Body',
	sit_body: 'Sitting',
	circle_view: 'Circle',
};

export function figureTypeName(type: string): string {
	return FIGURE_TYPE_NAMES[type] ?? type;
}

/** The side of a 4K frame: a figure filmed this large offers 4K. */
const UHD_SIDE = 3840;

export interface Figure {
	type: string;
	width: number;
	height: number;
	/**
	 * Whether 4K output is offered: the figure's or avatar's `support_4k` when Chanjing sends it
	 * (custom avatars do), else a figure filmed in 4K (no source gives public avatars the field).
	 */
	supports4k: boolean;
	coverUrl: string | null;
	previewUrl: string | null;
}

export interface PublicAvatar {
	kind: 'public';
	id: string;
	name: string;
	gender: string;
	/** `audio_man_id`: the avatar's own voice, which Chanjing advises for text drive. */
	voiceId: string;
	voiceName: string;
	tagIds: number[];
	tagNames: string[];
	figures: Figure[];
}

/** Custom avatar `status` per Chanjing's own poller (CP): 1 in production, 2 ready, 4 failed, 5 system error (catalogue D2). */
export const CUSTOM_AVATAR_STATUS: Record<number, string> = {
	1: 'training',
	2: 'ready',
	4: 'failed',
	5: 'failed',
};

export interface CustomAvatar {
	kind: 'custom';
	id: string;
	name: string;
	/** `training`, `ready`, `failed`, or Chanjing's number when unknown. */
	status: string;
	/** Ready to drive a video: status 2 and not disabled (`is_open` 0). */
	usable: boolean;
	width: number;
	height: number;
	width4k: number;
	height4k: number;
	supports4k: boolean;
	voiceId: string;
	coverUrl: string | null;
	previewUrl: string | null;
	source: AvatarSource;
	reason: string;
}

export type Avatar = PublicAvatar | CustomAvatar;

function toFigure(raw: IDataObject, avatarSupports4k: unknown): Figure {
	const width = whole(raw.width);
	const height = whole(raw.height);
	const declared = raw.support_4k ?? avatarSupports4k;
	return {
		type: text(raw.type),
		width,
		height,
		supports4k:
			typeof declared === 'boolean' ? declared : Math.max(width || 0, height || 0) >= UHD_SIDE,
		coverUrl: urlOrNull(raw.cover ?? raw.pic_path),
		previewUrl: urlOrNull(raw.preview_video_url),
	};
}

/** An entry of list_common_dp, or undefined when it has no ID. */
export function toPublicAvatar(raw: IDataObject): PublicAvatar | undefined {
	const id = text(raw.id);
	if (id === '') return undefined;
	return {
		kind: 'public',
		id,
		name: text(raw.name) || id,
		gender: text(raw.gender),
		voiceId: text(raw.audio_man_id),
		voiceName: text(raw.audio_name),
		tagIds: (Array.isArray(raw.tag_ids) ? raw.tag_ids : []).map(whole).filter(Number.isFinite),
		tagNames: texts(raw.tag_names),
		figures: objects(raw.figures)
			.map((figure) => toFigure(figure, raw.support_4k))
			.filter((figure) => figure.type !== ''),
	};
}

/** An entry of list_customised_person (or its detail), or undefined when it has no ID. */
export function toCustomAvatar(raw: IDataObject, source: AvatarSource): CustomAvatar | undefined {
	const id = text(raw.id);
	if (id === '') return undefined;
	const code = whole(raw.status);
	const status = CUSTOM_AVATAR_STATUS[code] ?? (Number.isFinite(code) ? String(code) : 'unknown');
	return {
		kind: 'custom',
		id,
		name: text(raw.name) || id,
		status,
		usable: status === 'ready' && whole(raw.is_open) !== 0,
		width: whole(raw.width),
		height: whole(raw.height),
		width4k: whole(raw.width_4k),
		height4k: whole(raw.height_4k),
		supports4k: raw.support_4k === true,
		voiceId: text(raw.audio_man_id),
		coverUrl: urlOrNull(raw.pic_url),
		previewUrl: urlOrNull(raw.preview_url),
		source,
		reason: text(raw.err_reason) || text(raw.reason),
	};
}

/** Whether some figure of the avatar (a custom avatar: the avatar) offers 4K. */
export function offers4k(avatar: Avatar): boolean {
	return avatar.kind === 'custom'
		? avatar.supports4k
		: avatar.figures.some((figure) => figure.supports4k);
}

/** "Female", "Male" or "" from Chanjing's gender word. */
export function genderName(gender: string): string {
	return gender ? capitalized(gender.toLowerCase()) : '';
}
