import { call, useSimulator } from './helpers';
import {
	PATHS,
	VOICE,
	dataOf,
	get,
	post,
	speechBody,
	uploaded,
	videoBody,
} from './product-helpers';

const SERVICES: [string, string, string][] = [
	['make_video_audio', 'a.mp3', 'audio/mpeg'],
	['make_video_background', 'bg.jpg', 'image/jpeg'],
	['lip_sync_video', 'face.webm', 'video/webm'],
	['lip_sync_audio', 'a.m4a', 'audio/mp4'],
	['customised_person', 'me.mov', 'video/quicktime'],
	['prompt_audio', 'ref.wav', 'audio/wav'],
];

describe('uploads for the products’ services', () => {
	const s = useSimulator();

	test.each(SERVICES)(
		'service %s (%s): stored with its service, ready after the check',
		async (service, name, mime) => {
			const d = await uploaded(s, service, name);
			expect(d.mime_type).toBe(mime);
			expect(d.key).toBe(`${service}/${d.file_id}/${name}`);
			const detail = dataOf(await get(s, '/open/v1/common/file_detail', { id: d.file_id }));
			expect(detail).toMatchObject({ id: d.file_id, service, status: 1 });
			expect(s.sim.files()).toEqual([
				expect.objectContaining({ fileId: d.file_id, service, status: 1 }),
			]);
		},
	);

	test('rejectNextFiles {count, service} rejects only that service (status 98)', async () => {
		s.sim.configure({ rejectNextFiles: { count: 1, service: 'lip_sync_video' } });
		expect(s.sim.publicConfig().rejectNextFiles).toEqual({ count: 1, service: 'lip_sync_video' });
		const audio = await uploaded(s, 'lip_sync_audio', 'a.wav');
		const video = await uploaded(s, 'lip_sync_video', 'v.mp4');
		const again = await uploaded(s, 'lip_sync_video', 'v.mp4');
		const status = async (id: string) =>
			dataOf(await get(s, '/open/v1/common/file_detail', { id })).status;
		expect(await status(audio.file_id)).toBe(1);
		expect(
			dataOf(await get(s, '/open/v1/common/file_detail', { id: video.file_id })),
		).toMatchObject({
			status: 98,
			err_msg: '内容安全检测失败',
		});
		expect(await status(again.file_id)).toBe(1);
		expect(s.sim.publicConfig().rejectNextFiles).toEqual({ count: 0, service: 'lip_sync_video' });
		expect(
			await post(s, PATHS.lipCreate, {
				video_file_id: video.file_id,
				tts_config: { text: '你好', audio_man_id: VOICE },
			}),
		).toMatchObject({ code: 40000, msg: 'video_file_id 文件未通过内容安全检测' });
	});

	test('a file for make_video_background must be jpg/png and for make_video_audio audio', async () => {
		const gif = await uploaded(s, 'make_video_background', 'bg.gif');
		expect(
			await post(s, PATHS.createVideo, videoBody({ bg: { file_id: gif.file_id } })),
		).toMatchObject({
			code: 40000,
			msg: 'bg.file_id 文件格式不支持,支持 jpg、jpeg、png',
		});
		const png = await uploaded(s, 'make_video_background', 'bg.png');
		expect(
			(await post(s, PATHS.createVideo, videoBody({ bg: { file_id: png.file_id } }))).code,
		).toBe(0);
		const bg = await uploaded(s, 'make_video_background', 'a.mp3');
		expect(
			await post(
				s,
				PATHS.createVideo,
				videoBody({ audio: { type: 'audio', file_id: bg.file_id } }),
			),
		).toMatchObject({
			code: 40000,
			msg: 'audio.file_id 的文件用途不符: 须以 service=make_video_audio 上传,该文件为 make_video_background',
		});
	});

	test('the number form of rejectNextFiles still rejects any service', async () => {
		s.sim.configure({ rejectNextFiles: 1 });
		const f = await uploaded(s, 'prompt_audio', 'a.wav');
		expect(dataOf(await get(s, '/open/v1/common/file_detail', { id: f.file_id })).status).toBe(98);
		expect(await post(s, PATHS.createAudio, speechBody({ prompt_audio: f.file_id }))).toMatchObject(
			{
				code: 40000,
				msg: 'prompt_audio 文件未通过内容安全检测',
			},
		);
	});

	test('a bad rejectNextFiles patch is refused', async () => {
		const a = await call(s.sim.url, 'POST', '/__sim/config', {
			body: { rejectNextFiles: { count: 1, service: 3 } },
		});
		expect(a.status).toBe(400);
		expect(a.json.error).toBe('simulator option rejectNextFiles.service must be a string');
	});
});
