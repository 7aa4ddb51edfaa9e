import nock from 'nock';

import { readFonts } from '../../../../nodes/Chanjing/lookups/fonts';
import { envelope } from '../../../helpers/chanjing-api';
import { loadOptions } from '../../../helpers/load-options';
import { PATHS } from '../../../helpers/lookups';
import { TEST_BASE_URL, TEST_TOKEN } from '../../../helpers/run-workflow';
import { chanjingSingleContext } from '../../../helpers/single-context';

/** Chanjing's fonts (font_list, an array without pages) with nock as Chanjing. */
const api = () => nock(TEST_BASE_URL, { reqheaders: { access_token: TEST_TOKEN } });

describe('the subtitle Font dropdown', () => {
	it("GET font_list: Chanjing's default first, then the fonts by name", async () => {
		const scope = api()
			.get(PATHS.fonts)
			.reply(
				200,
				envelope(0, [
					{ id: 'f-2', name: '思源黑体', preview: '', ttf_path: '' },
					{ id: 'f-1', name: 'Alibaba PuHuiTi', preview: '', ttf_path: '' },
					{ name: 'no id' },
				]),
			);
		const options = await loadOptions('getFonts', { resource: 'avatarVideo' });
		expect(scope.isDone()).toBe(true);
		expect(options).toEqual([
			{ name: "Chanjing's Default", value: '' },
			{ name: 'Alibaba PuHuiTi', value: 'f-1' },
			{ name: '思源黑体', value: 'f-2' },
		]);
	});
});

describe('readFonts', () => {
	const context = () =>
		chanjingSingleContext({ accessToken: TEST_TOKEN, baseUrl: TEST_BASE_URL }).context;

	it("in Chanjing's order; a font without a name is named by its ID, one without an ID left out", async () => {
		api()
			.get(PATHS.fonts)
			.reply(200, envelope(0, [{ id: 'f-9', name: ' ' }, { id: 7, name: '黑体' }, { id: '' }]));
		expect(await readFonts(context())).toEqual([
			{ id: 'f-9', name: 'f-9' },
			{ id: '7', name: '黑体' },
		]);
	});

	it('font_list answered as a paged list is read too', async () => {
		api()
			.get(PATHS.fonts)
			.reply(200, envelope(0, { list: [{ id: 'f-1', name: '宋体' }] }));
		expect(await readFonts(context())).toEqual([{ id: 'f-1', name: '宋体' }]);
	});

	it('an answer without fonts fails, naming the font list', async () => {
		api().get(PATHS.fonts).reply(200, envelope(0, 'none'));
		await expect(readFonts(context())).rejects.toThrow(
			'Chanjing answered the font list without a list of entries',
		);
	});
});
