import { createHash } from 'node:crypto';
import { call, sampleVideo, submitted, detail, useSimulator, Json } from './helpers';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { listBoxes } = require('./mp4');

/** Finds a box by a path of types, e.g. ['moov', 'trak', 'mdia']. */
function findBox(
	buf: Buffer,
	path: string[],
	start = 0,
	end = buf.length,
): { start: number; size: number } {
	const b = listBoxes(buf, start, end).find((x: Json) => x.type === path[0]);
	if (!b) throw new Error(`no ${path[0]}`);
	return path.length === 1 ? b : findBox(buf, path.slice(1), b.start + 8, b.start + b.size);
}

describe('the sample video', () => {
	const video: Buffer = sampleVideo();

	test('is a few KB and the same on every call', () => {
		expect(video.length).toBeGreaterThan(1000);
		expect(video.length).toBeLessThan(16 * 1024);
		expect(sampleVideo().equals(video)).toBe(true);
	});

	test('has pinned bytes (checked to decode with ffmpeg: H.264 Constrained Baseline, 32x32, 4 frames, 1 s)', () => {
		// Change this hash only after checking the new file decodes, e.g. `ffmpeg -v error -i x.mp4 -f null -`.
		expect(createHash('sha256').update(video).digest('hex')).toBe(
			'97ad21ae28278b519911a978f25355511abea6db5f27dbccbce450fe6dbbae17',
		);
	});

	test('is an ISO-BMFF file: ftyp, moov, mdat with nothing left over', () => {
		expect(listBoxes(video).map((b: Json) => b.type)).toEqual(['ftyp', 'moov', 'mdat']);
		expect(video.toString('latin1', 8, 12)).toBe('isom');
	});

	test('its one avc1 track points into mdat and its sample sizes fill mdat exactly', () => {
		const stbl = ['moov', 'trak', 'mdia', 'minf', 'stbl'];
		const stsd = findBox(video, [...stbl, 'stsd']);
		expect(video.toString('latin1', stsd.start + 20, stsd.start + 24)).toBe('avc1');
		const stco = findBox(video, [...stbl, 'stco']);
		const chunkOffset = video.readUInt32BE(stco.start + 16);
		const stsz = findBox(video, [...stbl, 'stsz']);
		const count = video.readUInt32BE(stsz.start + 16);
		let total = 0;
		for (let i = 0; i < count; i++) total += video.readUInt32BE(stsz.start + 20 + 4 * i);
		const mdat = findBox(video, ['mdat']);
		expect(chunkOffset).toBe(mdat.start + 8);
		expect(total).toBe(mdat.size - 8);
		expect(count).toBe(4);
		// each sample is one length-prefixed IDR NAL unit (type 5)
		expect(video.readUInt32BE(chunkOffset) + 4).toBe(video.readUInt32BE(stsz.start + 20));
		expect(video[chunkOffset + 4] & 0x1f).toBe(5);
	});
});

describe('GET /files/<id>.mp4', () => {
	const s = useSimulator({ renderMs: 1000 });

	test('serves the sample video byte for byte as video/mp4 at output_url', async () => {
		const id = await submitted(s.sim, s.token);
		s.clock.advance(1000);
		const url = (await detail(s.sim, s.token, id)).json.data.output_url[0];
		const res = await fetch(url);
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toBe('video/mp4');
		const bytes = Buffer.from(await res.arrayBuffer());
		expect(bytes.equals(sampleVideo())).toBe(true);
	});

	test('answers 404 before the task succeeds, for a failed task and for an unknown id', async () => {
		const id = await submitted(s.sim, s.token);
		expect((await call(s.sim.url, 'GET', `/files/${id}.mp4`)).status).toBe(404);
		const failed = await submitted(s.sim, s.token, { ref_prompt: 'x [fail]' });
		s.clock.advance(1000);
		expect((await call(s.sim.url, 'GET', `/files/${failed}.mp4`)).status).toBe(404);
		expect(
			(await call(s.sim.url, 'GET', '/files/00000000-0000-4000-8000-000000000000.mp4')).status,
		).toBe(404);
		expect((await call(s.sim.url, 'GET', `/files/${id}.mp4`)).status).toBe(200);
	});
});
