import { isBlank, show } from './checks';
import type { InputProblem } from './problem';

/** Characters that show nothing: zero-width spaces and joiners, word joiner, BOM, soft hyphen. */
const INVISIBLE = /[\u200B-\u200F\u2060-\u2064\uFEFF\u00AD\u180E]/g;

/** The first control character other than tab, line feed and carriage return (C0, DEL, C1). */
function firstControlCharacter(text: string): { index: number; code: number } | undefined {
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		const c0 = code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d;
		if (c0 || (code >= 0x7f && code <= 0x9f)) return { index, code };
	}
	return undefined;
}

export interface TextRules {
	/** The field as the panel names it. */
	field?: string;
	required?: boolean;
	maxCharacters?: number;
	/** Who sets the limit, in the message: "Hailuo 02 allows at most 2000". */
	limitedBy?: string;
	/** What the text describes, in the message: "describe the video to generate". */
	what?: string;
}

/**
 * A text the user wrote (a prompt, a script): not empty or invisible, no control characters
 * (line breaks and tabs are fine), at most `maxCharacters` characters as a person counts them.
 */
export function checkText(
	prompt: unknown,
	{
		field = 'Prompt',
		required = true,
		maxCharacters = Infinity,
		limitedBy = 'Chanjing',
		what = 'video',
	}: TextRules = {},
): InputProblem | undefined {
	if (isBlank(prompt)) {
		if (!required) return undefined;
		return { field, message: `is empty; describe the ${what} to generate` };
	}
	if (typeof prompt !== 'string') {
		return { field, message: `must be text, got ${show(prompt)}` };
	}
	if (prompt.replace(INVISIBLE, '').trim() === '') {
		return {
			field,
			message: `has only invisible characters (zero-width spaces or similar); describe the ${what} to generate`,
		};
	}
	const control = firstControlCharacter(prompt);
	if (control) {
		return {
			field,
			message: `contains the control character U+${control.code.toString(16).toUpperCase().padStart(4, '0')} at position ${control.index + 1}; remove it (line breaks and tabs are fine)`,
		};
	}
	const length = [...prompt].length;
	if (length > maxCharacters) {
		return {
			field,
			message: `has ${length} characters; ${limitedBy} allows at most ${maxCharacters}`,
		};
	}
	return undefined;
}
