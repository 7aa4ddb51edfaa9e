/** Helpers for the tests of Chanjing's own products (not a test file). */
import { call, Json, SimContext } from './helpers';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const simulator = require('./index');

export const PUBLIC_AVATARS: Json[] = simulator.PUBLIC_AVATARS;
export const PUBLIC_VOICES: Json[] = simulator.PUBLIC_VOICES;
export const FONTS: Json[] = simulator.FONTS;
export const sampleWav: (seconds: number) => Buffer = simulator.sampleWav;
export const readWav: (buf: Buffer) => Json = simulator.readWav;

/** A public avatar with whole_body in 4K (index 0), and one with sit_body only (index 1). */
export const AVATAR_4K = PUBLIC_AVATARS[0];
export const AVATAR_SIT = PUBLIC_AVATARS[1];
export const VOICE = PUBLIC_VOICES[0].id;

/** POST with JSON, answering the parsed envelope. */
export async function post(s: SimContext, path: string, body: unknown): Promise<Json> {
	return (await call(s.sim.url, 'POST', path, { token: s.token, body })).json;
}

/** GET with a query, answering the parsed envelope. */
export async function get(
	s: SimContext,
	path: string,
	query: Record<string, string | number> = {},
): Promise<Json> {
	const q = new URLSearchParams(
		Object.entries(query).map(([k, v]): [string, string] => [k, String(v)]),
	);
	const sep = q.toString() ? `?${q}` : '';
	return (await call(s.sim.url, 'GET', `${path}${sep}`, { token: s.token })).json;
}

/** `data` of a code-0 answer (fails the test otherwise). */
export function dataOf(answer: Json): Json {
	expect({ code: answer.code, msg: answer.msg }).toEqual({ code: 0, msg: 'success' });
	return answer.data;
}

/** GETs a URL from a detail: status, content type and bytes. */
export async function fetchBytes(
	url: string,
): Promise<{ status: number; type: string | null; bytes: Buffer }> {
	const res = await fetch(url);
	return {
		status: res.status,
		type: res.headers.get('content-type'),
		bytes: Buffer.from(await res.arrayBuffer()),
	};
}

/**
 * Uploads `bytes` as `name` for `service` and waits (on the manual clock) until the content
 * check passed; returns the upload answer (file_id, full_path, …). The simulator's fileCheckMs
 * must be the default 1000 ms.
 */
export async function uploaded(
	s: SimContext,
	service: string,
	name: string,
	bytes: Buffer = Buffer.from('sample bytes'),
): Promise<Json> {
	const q = new URLSearchParams({ service, name });
	const d = dataOf(
		(await call(s.sim.url, 'GET', `/open/v1/common/create_upload_url?${q}`, { token: s.token }))
			.json,
	);
	const put = await fetch(d.sign_url, {
		method: 'PUT',
		body: bytes,
		headers: { 'content-type': d.mime_type },
	});
	expect(put.status).toBe(200);
	s.clock.advance(1000);
	return d;
}

/** A valid create_video body (public avatar, TTS), with overrides merged at the top level. */
export function videoBody(overrides: Record<string, unknown> = {}): Record<string, Json> {
	return {
		person: { id: AVATAR_4K.id, figure_type: 'whole_body', x: 0, y: 0, width: 1080, height: 1920 },
		audio: {
			type: 'tts',
			volume: 100,
			language: 'cn',
			tts: { text: ['你好,这是一个测试。'], speed: 1, audio_man: VOICE, pitch: 1 },
		},
		bg_color: '#EDEDED',
		screen_width: 1080,
		screen_height: 1920,
		...overrides,
	};
}

/** A valid create_audio_task body. */
export function speechBody(overrides: Record<string, unknown> = {}): Record<string, Json> {
	return { audio_man: VOICE, speed: 1, pitch: 1, text: { text: '你好,世界。' }, ...overrides };
}

/** Creates and returns the id (fails the test unless code 0). */
export async function created(s: SimContext, path: string, body: unknown): Promise<string> {
	return dataOf(await post(s, path, body));
}

export const PATHS = {
	createVideo: '/open/v1/create_video',
	video: '/open/v1/video',
	videoList: '/open/v1/video_list',
	deleteVideo: '/open/v1/delete_video',
	createAudio: '/open/v1/create_audio_task',
	audioState: '/open/v1/audio_task_state',
	lipCreate: '/open/v1/video_lip_sync/create',
	lipDetail: '/open/v1/video_lip_sync/detail',
	lipList: '/open/v1/video_lip_sync/list',
	createPerson: '/open/v1/create_customised_person',
	person: '/open/v1/customised_person',
	personList: '/open/v1/list_customised_person',
	deletePerson: '/open/v1/delete_customised_person',
	createVoice: '/open/v1/create_customised_audio',
	voice: '/open/v1/customised_audio',
	voiceList: '/open/v1/list_customised_audio',
	deleteVoice: '/open/v1/delete_customised_audio',
};
