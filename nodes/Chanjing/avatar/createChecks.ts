import { checkCallbackUrl } from '../input/callbackUrl';
import { isBlank, isHttpUrl, show } from '../input/checks';
import type { InputProblem } from '../input/problem';
import { checkText } from '../input/text';
import { oneOf } from '../input/words';
import type { CustomAvatarInput } from './createInput';
import { AVATAR_LANGUAGES, MAX_AVATAR_NAME_CHARACTERS, TRAIN_TYPES } from './paths';

function checkName(name: unknown): InputProblem | undefined {
	if (isBlank(name)) return { field: 'Name', message: 'is empty; name the avatar to train' };
	return checkText(name, {
		field: 'Name',
		maxCharacters: MAX_AVATAR_NAME_CHARACTERS,
		limitedBy: 'the node',
		what: 'avatar',
	});
}

function checkChoice(
	field: string,
	value: unknown,
	options: Array<{ name: string; value: string }>,
): InputProblem | undefined {
	const word = typeof value === 'string' ? value.trim() : value;
	if (options.some((option) => option.value === word)) return undefined;
	return {
		field,
		message: `must be ${oneOf(options.map((o) => `${o.name} (${o.value})`))}, got ${show(value)}`,
	};
}

function checkVideo(input: CustomAvatarInput): InputProblem | undefined {
	if (input.videoSource === 'binary') {
		return isBlank(input.videoBinaryProperty)
			? {
					field: 'Video Binary Property',
					message: 'is empty; name the binary property that holds the video',
				}
			: undefined;
	}
	if (input.videoSource !== 'url') {
		return {
			field: 'Video Source',
			message: `must be Binary File or URL, got ${show(input.videoSource)}`,
		};
	}
	if (isHttpUrl(input.videoUrl)) return undefined;
	return {
		field: 'Video URL',
		message: `must be the public http(s) URL of an MP4, MOV or WebM video, got ${show(input.videoUrl)}`,
	};
}

/** Create Custom Avatar's checks before anything is read or sent: the first problem of an item, if any. */
export function findCustomAvatarInputProblem(input: CustomAvatarInput): InputProblem | undefined {
	return (
		checkName(input.name) ??
		checkVideo(input) ??
		checkChoice('Train', input.train, TRAIN_TYPES) ??
		(input.train === 'both'
			? checkChoice('Language', input.language, AVATAR_LANGUAGES)
			: undefined) ??
		checkCallbackUrl(input.callbackUrl)
	);
}
