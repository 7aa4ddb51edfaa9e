import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import type { RequestContext } from '../api/context';
import { readListPage } from './listPages';
import { FONTS_PATH } from './paths';
import { text } from './records';

/** font_list: `data` is an array of `{id, name, preview, ttf_path}` (SPEC, LNW, EL, MCL). */
const fontList = {
	name: 'font',
	request: () => ({ method: 'GET' as const, url: FONTS_PATH }),
};

export interface Font {
	id: string;
	name: string;
}

export async function readFonts(ctx: RequestContext): Promise<Font[]> {
	const { entries } = await readListPage(ctx, fontList, 1);
	return entries
		.map((raw: IDataObject) => ({ id: text(raw.id), name: text(raw.name) }))
		.filter((font) => font.id !== '')
		.map((font) => ({ ...font, name: font.name || font.id }));
}

/** The subtitle Font picker: Chanjing's default first, then font_list's fonts by name. */
export async function getFonts(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const fonts = await readFonts(this);
	return [
		{ name: "Chanjing's Default", value: '' },
		...fonts
			.sort((a, b) => a.name.localeCompare(b.name))
			.map((font) => ({ name: font.name, value: font.id })),
	];
}
