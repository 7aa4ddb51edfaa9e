import { checkCallbackUrl } from '../input/callbackUrl';
import { isBlank, isHttpUrl, show } from '../input/checks';
import type { InputProblem } from '../input/problem';
import { checkText } from '../input/text';
import { oneOf } from '../input/words';
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

function checkAudio(input: CloneInput): InputProblem | undefined {
	if (input.audioSource === 'binary') {
		return isBlank(input.audioBinaryProperty)
			? {
					field: 'Audio Binary Property',
					message: 'is empty; name the binary property that holds the recording',
				}
			: undefined;
	}
	if (input.audioSource !== 'url') {
		return {
			field: 'Audio Source',
			message: `must be URL or Binary File, got ${show(input.audioSource)}`,
		};
	}
	if (isHttpUrl(input.audioUrl)) return undefined;
	return {
		field: 'Audio URL',
		message: `must be the public http(s) URL of an MP3, WAV or M4A recording, got ${show(input.audioUrl)}`,
	};
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
