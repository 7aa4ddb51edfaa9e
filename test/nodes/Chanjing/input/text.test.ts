import { checkText } from '../../../../nodes/Chanjing/input/text';

describe('checkText', () => {
	it('takes text with line breaks, tabs, emoji and Chinese', () => {
		expect(checkText('A puppy\truns\non the grass 🐶\r\n蝉镜')).toBeUndefined();
	});

	describe('empty', () => {
		it.each([undefined, null, '', '  \n\t '])('%j is empty', (value) => {
			expect(checkText(value)).toEqual({
				field: 'Prompt',
				message: 'is empty; describe the video to generate',
			});
		});

		it('names the field and what to describe', () => {
			expect(checkText('', { field: 'Script', what: 'images' })).toEqual({
				field: 'Script',
				message: 'is empty; describe the images to generate',
			});
		});

		it('is fine where the text is not required', () => {
			expect(checkText('  ', { required: false })).toBeUndefined();
			expect(checkText(undefined, { required: false })).toBeUndefined();
		});

		it('only invisible characters are refused even where the text is not required', () => {
			expect(checkText('\u200B', { required: false })?.message).toMatch(
				/^has only invisible characters/,
			);
		});
	});

	it('refuses text of only invisible characters', () => {
		for (const invisible of [
			'\u200B',
			'\u200C\u200D',
			'\u2060',
			'\u00AD',
			'\u180E',
			'\u200B\uFEFF',
		]) {
			expect(checkText(` ${invisible} `)).toEqual({
				field: 'Prompt',
				message:
					'has only invisible characters (zero-width spaces or similar); describe the video to generate',
			});
		}
	});

	it('a BOM alone is empty (JavaScript trims it like a space)', () => {
		expect(checkText('\uFEFF')?.message).toBe('is empty; describe the video to generate');
	});

	it('takes invisible characters next to visible ones', () => {
		expect(checkText('A\u200Bpuppy')).toBeUndefined();
	});

	it('refuses a value that is not text', () => {
		expect(checkText(42)).toEqual({ field: 'Prompt', message: 'must be text, got 42' });
		expect(checkText({ text: 'a' })?.message).toBe('must be text, got {"text":"a"}');
	});

	describe('control characters', () => {
		it.each([
			['NUL', '\u0000', 'U+0000'],
			['BEL', '\u0007', 'U+0007'],
			['ESC', '\u001B', 'U+001B'],
			['DEL', '\u007F', 'U+007F'],
			['a C1 control', '\u0085', 'U+0085'],
			['the last C1 control', '\u009F', 'U+009F'],
		])('%s is named with its position (counted from 1)', (_name, character, code) => {
			expect(checkText(`ab${character}c`)).toEqual({
				field: 'Prompt',
				message: `contains the control character ${code} at position 3; remove it (line breaks and tabs are fine)`,
			});
		});

		it('the first one is named', () => {
			expect(checkText('\u0001x\u0002')?.message).toMatch(/U\+0001 at position 1;/);
		});

		it('U+00A0 (no-break space) is no control character', () => {
			expect(checkText('a\u00A0b')).toBeUndefined();
		});
	});

	describe('length', () => {
		it('counts characters as a person does (an emoji is one)', () => {
			const emoji = '🐶'.repeat(10); // 20 UTF-16 units
			expect(checkText(emoji, { maxCharacters: 10 })).toBeUndefined();
			expect(checkText(`${emoji}!`, { maxCharacters: 10 })).toEqual({
				field: 'Prompt',
				message: 'has 11 characters; Chanjing allows at most 10',
			});
		});

		it('names who sets the limit', () => {
			expect(
				checkText('镜'.repeat(2001), { maxCharacters: 2000, limitedBy: 'Hailuo 02' })?.message,
			).toBe('has 2001 characters; Hailuo 02 allows at most 2000');
			expect(checkText('镜'.repeat(2000), { maxCharacters: 2000 })).toBeUndefined();
		});

		it('has no limit unless one is given', () => {
			expect(checkText('a'.repeat(100_000))).toBeUndefined();
		});
	});

	it('reports emptiness before anything else, then the kind, invisibles, controls, length', () => {
		expect(checkText('\u200B\u0007', { maxCharacters: 1 })?.message).toMatch(
			/^contains the control/,
		);
		expect(checkText('\u0007abc', { maxCharacters: 1 })?.message).toMatch(/^contains the control/);
		expect(checkText('\u200B', { maxCharacters: 0 })?.message).toMatch(/^has only invisible/);
	});
});
