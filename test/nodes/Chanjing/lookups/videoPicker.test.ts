import { videoPickerName } from '../../../../nodes/Chanjing/lookups/videoPicker';

/** searchVideoList is proved through both pickers: lipSync/ and avatarVideo/ videoSearch tests. */

const SECONDS = Date.UTC(2026, 10, 25, 9, 40) / 1000;
const ID = '5f0c9a1b2c3d4e5f60718293a4b5c6d7';

describe('videoPickerName', () => {
	it('status, time in the time zone, length and the start of a long ID', () => {
		expect(
			videoPickerName({ id: ID, create_time: SECONDS }, 'succeeded', '12', 'Asia/Shanghai'),
		).toBe('Succeeded · 2026-11-25 17:40 GMT+8 · 12 s · 5f0c9a1b…');
	});

	it('leaves out what is unknown; a short ID whole', () => {
		expect(videoPickerName({ id: 'abc', create_time: 0 }, 'queued', '')).toBe('Queued · abc');
	});
});
