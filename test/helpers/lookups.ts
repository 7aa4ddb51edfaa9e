import nock from 'nock';

import { envelope } from './chanjing-api';
import { TEST_BASE_URL, TEST_TOKEN } from './run-workflow';

/**
 * Chanjing's lookup lists as the catalogue shows their entries (SPEC's DTOs, the skills'
 * examples), and the requests that read them, each asserted: method, path, access_token, query
 * or JSON body.
 */

export const CDN = 'https://cdn.chanjing.example';

export function publicAvatar(n: number, extra: Record<string, unknown> = {}) {
	return {
		id: `dp-${n}`,
		name: `主播${n}`,
		gender: n % 2 ? 'female' : 'male',
		audio_man_id: `voice-${n}`,
		audio_name: `声音${n}`,
		audio_preview: `${CDN}/voices/voice-${n}.wav`,
		audio_lang: 'cn',
		tag_ids: [101, 121],
		tag_names: ['电商带货', '商务'],
		figures: [
			{
				type: 'whole_body',
				width: 1080,
				height: 1920,
				cover: `${CDN}/dp-${n}/whole_body.png`,
				preview_video_url: `${CDN}/dp-${n}/whole_body.mp4`,
				bg_replace: true,
			},
			{
				type: 'circle_view',
				width: 1080,
				height: 1080,
				cover: `${CDN}/dp-${n}/circle_view.png`,
				preview_video_url: `${CDN}/dp-${n}/circle_view.mp4`,
				bg_replace: false,
			},
		],
		...extra,
	};
}

/** A public avatar filmed in 4K (its figures 2160×3840). */
export function publicAvatar4k(n: number) {
	return publicAvatar(n, {
		figures: [
			{
				type: 'sit_body',
				width: 2160,
				height: 3840,
				cover: `${CDN}/dp-${n}/sit_body.png`,
				preview_video_url: `${CDN}/dp-${n}/sit_body.mp4`,
				bg_replace: true,
			},
		],
	});
}

export function customAvatar(id: string, extra: Record<string, unknown> = {}) {
	return {
		id,
		name: `My avatar ${id}`,
		type: 'person',
		pic_url: `${CDN}/${id}.png`,
		preview_url: `${CDN}/${id}.mp4`,
		width: 1080,
		height: 1920,
		width_4k: 0,
		height_4k: 0,
		support_4k: false,
		audio_man_id: `${id}-voice`,
		status: 2,
		progress: 100,
		err_reason: '',
		reason: '',
		is_open: 1,
		create_time: 1795500000,
		...extra,
	};
}

export function publicVoice(n: number, extra: Record<string, unknown> = {}) {
	return {
		id: `voice-${n}`,
		name: `温柔${n}`,
		gender: n % 2 ? 'female' : 'male',
		lang: 'cn',
		desc: '',
		speed: 1,
		pitch: 1,
		audition: `${CDN}/voices/voice-${n}.wav`,
		grade: 0,
		...extra,
	};
}

export function clonedVoice(id: string, status = 2, extra: Record<string, unknown> = {}) {
	return {
		id,
		name: `Cloned ${id}`,
		type: 'cicada3.0-turbo',
		progress: status === 2 ? 100 : 40,
		audio_path: status === 2 ? `${CDN}/${id}.wav` : '',
		err_msg: '',
		status,
		lang: 'cn',
		...extra,
	};
}

export function page(list: unknown[], totalPages = 1, pager = 'page_info') {
	return { list, [pager]: { page: 1, size: 50, total_count: list.length, total_page: totalPages } };
}

const api = () => nock(TEST_BASE_URL, { reqheaders: { access_token: TEST_TOKEN } });

export function expectGetList(path: string, query: Record<string, string>, data: unknown) {
	return api().get(path).query(query).reply(200, envelope(0, data));
}

export function expectPostList(path: string, body: Record<string, unknown>, data: unknown) {
	return api()
		.post(path, (sent) => {
			expect(sent).toEqual(body);
			return true;
		})
		.reply(200, envelope(0, data));
}

export const PATHS = {
	publicAvatars: '/open/v1/list_common_dp',
	customAvatars: '/open/v1/list_customised_person',
	publicVoices: '/open/v1/list_common_audio',
	clonedVoices: '/open/v1/list_customised_audio',
	fonts: '/open/v1/font_list',
	tags: '/open/v1/common/tag_list',
};

/** One page of each list the checks of a create read, in the order they are read. */
export const expectPublicAvatars = (list: unknown[], page1 = page(list)) =>
	expectGetList(PATHS.publicAvatars, { page: '1', size: '50' }, page1);
export const expectCustomAvatars = (api0: unknown[], website: unknown[] = []) => [
	expectPostList(PATHS.customAvatars, { page: 1, page_size: 50 }, page(api0)),
	expectPostList(PATHS.customAvatars, { page: 1, page_size: 50, source: 1 }, page(website)),
];
export const expectPublicVoices = (list: unknown[]) =>
	expectGetList(PATHS.publicVoices, { page: '1', size: '50' }, page(list));
export const expectClonedVoices = (list: unknown[]) =>
	expectPostList(PATHS.clonedVoices, { page: 1, page_size: 50 }, page(list));
