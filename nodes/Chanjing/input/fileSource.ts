import { isBlank, isHttpUrl, show } from './checks';
import type { InputProblem } from './problem';
import { oneOf } from './words';

/** A file the item gives as Binary File (`binary`) or by URL (`url`), as the user entered it. */
export interface FileSourceInput {
	source: unknown;
	url: unknown;
	binaryProperty: unknown;
}

/** The fields of one file as the panel names them, and what the file is. */
export interface FileSourceWords {
	/** `Video Source`. */
	sourceField: string;
	/** The source's options in the panel's order: `['Binary File', 'URL']`. */
	sourceNames: string[];
	/** `Video URL`. */
	urlField: string;
	/** What the URL must lead to: `an MP4, MOV or WebM video`. */
	urlAccepts: string;
	/** `Video Binary Property`. */
	binaryField: string;
	/** What the binary property holds: `the video`. */
	binaryHolds: string;
}

/** A file's source: a named binary property, or a public http(s) URL. */
export function checkFileSource(
	input: FileSourceInput,
	words: FileSourceWords,
): InputProblem | undefined {
	if (input.source === 'binary') {
		return isBlank(input.binaryProperty)
			? {
					field: words.binaryField,
					message: `is empty; name the binary property that holds ${words.binaryHolds}`,
				}
			: undefined;
	}
	if (input.source !== 'url') {
		return {
			field: words.sourceField,
			message: `must be ${oneOf(words.sourceNames)}, got ${show(input.source)}`,
		};
	}
	if (isHttpUrl(input.url)) return undefined;
	return {
		field: words.urlField,
		message: `must be the public http(s) URL of ${words.urlAccepts}, got ${show(input.url)}`,
	};
}
