import type { IDataObject } from 'n8n-workflow';

import type { CustomAvatar, PublicAvatar } from './avatars';
import type { Voice } from './voices';

/** Avatars and voices as Get Many puts them out with Simplify on: what a workflow or agent picks by. */

export function publicAvatarOutput(avatar: PublicAvatar): IDataObject {
	return {
		avatarId: avatar.id,
		type: 'public',
		name: avatar.name,
		gender: avatar.gender || null,
		voiceId: avatar.voiceId || null,
		voiceName: avatar.voiceName || null,
		tags: avatar.tagNames,
		figureTypes: avatar.figures.map((figure) => figure.type),
		supports4k: avatar.figures.some((figure) => figure.supports4k),
		figures: avatar.figures.map((figure) => ({ ...figure })),
	};
}

export function customAvatarOutput(avatar: CustomAvatar): IDataObject {
	return {
		avatarId: avatar.id,
		type: 'custom',
		name: avatar.name,
		status: avatar.status,
		usable: avatar.usable,
		voiceId: avatar.voiceId || null,
		supports4k: avatar.supports4k,
		madeOn: avatar.source === 1 ? 'website' : 'api',
		previewUrl: avatar.previewUrl,
		coverUrl: avatar.coverUrl,
		reason: avatar.reason || null,
	};
}

export function voiceOutput(voice: Voice): IDataObject {
	return {
		voiceId: voice.id,
		type: voice.kind,
		name: voice.name,
		gender: voice.gender || null,
		language: voice.language || null,
		description: voice.description || null,
		sampleUrl: voice.sampleUrl,
		status: voice.status,
		...(voice.kind === 'cloned'
			? { progress: voice.progress ?? null, errorMessage: voice.errorMessage ?? null }
			: {}),
	};
}
