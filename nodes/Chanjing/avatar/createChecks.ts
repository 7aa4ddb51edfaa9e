import { checkCallbackUrl } from '../input/callbackUrl';
import { isBlank } from '../input/checks';
import { checkChoice } from '../input/choice';
import { checkFileSource } from '../input/fileSource';
import type { InputProblem } from '../input/problem';
import { checkText } from '../input/text';
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

function checkVideo(input: CustomAvatarInput): InputProblem | undefined {
	return checkFileSource(
		{ source: input.videoSource, url: input.videoUrl, binaryProperty: input.videoBinaryProperty },
		{
			sourceField: 'Video Source',
			sourceNames: ['Binary File', 'URL'],
			urlField: 'Video URL',
			urlAccepts: 'an MP4, MOV or WebM video',
			binaryField: 'Video Binary Property',
			binaryHolds: 'the video',
		},
	);
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
