import { checkId } from '../lookups/pickerFields';
import { checkPitch, checkSpeed } from '../lookups/speechRates';
import type { InputProblem } from '../input/problem';
import { checkText } from '../input/text';
import { MAX_SPEECH_CHARACTERS } from './paths';
import type { SpeechInput } from './speechInput';

/** Speech → Generate's checks before anything is sent: the first problem of an item, if any. */
export function findSpeechInputProblem(input: SpeechInput): InputProblem | undefined {
	return (
		checkId('Voice', input.voice) ??
		checkText(input.text, {
			field: 'Text',
			maxCharacters: MAX_SPEECH_CHARACTERS,
			what: 'speech',
		}) ??
		checkSpeed(input.speed) ??
		checkPitch(input.pitch)
	);
}
