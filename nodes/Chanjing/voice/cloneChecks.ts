import { checkCallbackUrl } from '../input/callbackUrl';
import { isBlank } from '../input/checks';
import { checkChoice } from '../input/choice';
import { checkFileSource } from '../input/fileSource';
import type { InputProblem } from '../input/problem';
import { checkText } from '../input/text';
import type { CloneInput } from './cloneInput';
import { MAX_VOICE_NAME_CHARACTERS, VOICE_LANGUAGES, VOICE_MODELS } from './paths';

function checkName(name: unknown): InputProblem | undefined {
	if (isBlank(name)) return { field: 'Name', message: 'is empty; name the voice to clone' };
	return checkText(name, {
		field: 'Name',
		maxCharacters: MAX_VOICE_NAME_CHARACTERS,
		limitedBy: 'the node',
		what: 'voice',
	});
}

function checkAudio(input: CloneInput): InputProblem | undefined {
	return checkFileSource(
		{ source: input.audioSource, url: input.audioUrl, binaryProperty: input.audioBinaryProperty },
		{
			sourceField: 'Audio Source',
			sourceNames: ['URL', 'Binary File'],
			urlField: 'Audio URL',
			urlAccepts: 'an MP3, WAV or M4A recording',
			binaryField: 'Audio Binary Property',
			binaryHolds: 'the recording',
		},
	);
}

/** Voice → Clone's checks before anything is read or sent: the first problem of an item, if any. */
export function findCloneInputProblem(input: CloneInput): InputProblem | undefined {
	return (
		checkName(input.name) ??
		checkAudio(input) ??
		checkChoice('Model', input.model, VOICE_MODELS) ??
		checkChoice('Language', input.language, VOICE_LANGUAGES) ??
		checkCallbackUrl(input.callbackUrl)
	);
}
