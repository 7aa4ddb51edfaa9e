import {
	figureTypeName,
	genderName,
	offers4k,
	toCustomAvatar,
	toPublicAvatar,
} from '../../../../nodes/Chanjing/lookups/avatars';
import { CDN, customAvatar, publicAvatar, publicAvatar4k } from '../../../helpers/lookups';

/** Chanjing's avatar entries (list_common_dp, list_customised_person) as the node reads them. */

describe('toPublicAvatar', () => {
	it('an entry of list_common_dp: its voice, tags and figures, sizes as numbers', () => {
		expect(toPublicAvatar(publicAvatar(1))).toEqual({
			kind: 'public',
			id: 'dp-1',
			name: '主播1',
			gender: 'female',
			voiceId: 'voice-1',
			voiceName: '声音1',
			tagIds: [101, 121],
			tagNames: ['电商带货', '商务'],
			figures: [
				{
					type: 'whole_body',
					width: 1080,
					height: 1920,
					supports4k: false,
					coverUrl: `${CDN}/dp-1/whole_body.png`,
					previewUrl: `${CDN}/dp-1/whole_body.mp4`,
				},
				{
					type: 'circle_view',
					width: 1080,
					height: 1080,
					supports4k: false,
					coverUrl: `${CDN}/dp-1/circle_view.png`,
					previewUrl: `${CDN}/dp-1/circle_view.mp4`,
				},
			],
		});
	});

	it('a figure filmed with a side of 3840 or more offers 4K; one side of 3839 does not', () => {
		const avatar = toPublicAvatar(
			publicAvatar(1, {
				figures: [
					{ type: 'sit_body', width: '2160', height: '3840' },
					{ type: 'whole_body', width: 3839, height: 2160 },
				],
			}),
		);
		expect(avatar?.figures.map((figure) => figure.supports4k)).toEqual([true, false]);
		expect(avatar?.figures[0]).toMatchObject({ width: 2160, height: 3840 });
	});

	it("support_4k, when Chanjing sends it (the figure's, else the avatar's), wins over the size", () => {
		const avatar = toPublicAvatar(
			publicAvatar(1, {
				support_4k: true,
				figures: [
					{ type: 'whole_body', width: 1080, height: 1920 },
					{ type: 'sit_body', width: 2160, height: 3840, support_4k: false },
				],
			}),
		);
		expect(avatar?.figures.map((figure) => figure.supports4k)).toEqual([true, false]);
	});

	it('the cover falls back to pic_path; figures without a type and non-objects are left out', () => {
		const avatar = toPublicAvatar(
			publicAvatar(1, {
				figures: [{ type: 'sit_body', pic_path: `${CDN}/p.png` }, { width: 1080 }, null, 'x'],
			}),
		);
		expect(avatar?.figures).toEqual([
			{
				type: 'sit_body',
				width: NaN,
				height: NaN,
				supports4k: false,
				coverUrl: `${CDN}/p.png`,
				previewUrl: null,
			},
		]);
	});

	it('no name: the ID is the name; tag IDs that are not numbers are left out', () => {
		const avatar = toPublicAvatar({ id: 'dp-9', tag_ids: [1, 'x', '2'], figures: 'none' });
		expect(avatar).toMatchObject({ name: 'dp-9', tagIds: [1, 2], tagNames: [], figures: [] });
	});

	it.each([[{}], [{ id: '' }], [{ id: '  ' }], [{ id: null, name: '主播' }]])(
		'%j has no ID: not an avatar',
		(raw) => {
			expect(toPublicAvatar(raw)).toBeUndefined();
		},
	);
});

describe('toCustomAvatar', () => {
	it('an entry of list_customised_person: ready and open is usable', () => {
		expect(toCustomAvatar(customAvatar('C-1'), 0)).toEqual({
			kind: 'custom',
			id: 'C-1',
			name: 'My avatar C-1',
			status: 'ready',
			usable: true,
			width: 1080,
			height: 1920,
			width4k: 0,
			height4k: 0,
			supports4k: false,
			voiceId: 'C-1-voice',
			coverUrl: `${CDN}/C-1.png`,
			previewUrl: `${CDN}/C-1.mp4`,
			source: 0,
			reason: '',
		});
	});

	it.each([
		[1, 'training'],
		[2, 'ready'],
		[4, 'failed'],
		[5, 'failed'],
		['2', 'ready'],
		[3, '3'],
		[undefined, 'unknown'],
		['soon', 'unknown'],
	])('status %j reads as %j', (status, expected) => {
		expect(toCustomAvatar(customAvatar('C-1', { status }), 1)?.status).toBe(expected);
	});

	it.each([
		['training', { status: 1 }],
		['disabled (is_open 0)', { is_open: 0 }],
		['disabled (is_open "0")', { is_open: '0' }],
		['failed', { status: 4 }],
	])('%s: not usable', (_what, extra) => {
		expect(toCustomAvatar(customAvatar('C-1', extra), 0)?.usable).toBe(false);
	});

	it('is_open missing does not disable a ready avatar', () => {
		const raw: Record<string, unknown> = customAvatar('C-1');
		delete raw.is_open;
		expect(toCustomAvatar(raw as never, 0)?.usable).toBe(true);
	});

	it('4K only when support_4k is true; the reason from err_reason, else reason', () => {
		expect(toCustomAvatar(customAvatar('C-1', { support_4k: 'true' }), 0)?.supports4k).toBe(false);
		expect(
			toCustomAvatar(customAvatar('C-1', { support_4k: true, width_4k: 2160, height_4k: 3840 }), 0),
		).toMatchObject({ supports4k: true, width4k: 2160, height4k: 3840 });
		expect(
			toCustomAvatar(customAvatar('C-1', { status: 4, err_reason: '', reason: '人脸不清晰' }), 0)
				?.reason,
		).toBe('人脸不清晰');
		expect(
			toCustomAvatar(customAvatar('C-1', { err_reason: '视频过短', reason: '其他' }), 0)?.reason,
		).toBe('视频过短');
	});

	it('keeps the list it came from; no ID: not an avatar', () => {
		expect(toCustomAvatar(customAvatar('C-web'), 1)?.source).toBe(1);
		expect(toCustomAvatar({ name: 'x' }, 0)).toBeUndefined();
	});
});

describe('offers4k', () => {
	it('a public avatar: some figure offers 4K', () => {
		expect(offers4k(toPublicAvatar(publicAvatar(1))!)).toBe(false);
		expect(offers4k(toPublicAvatar(publicAvatar4k(2))!)).toBe(true);
	});

	it('a custom avatar: its own support_4k, whatever its size', () => {
		expect(offers4k(toCustomAvatar(customAvatar('C-1', { width: 3840 }), 0)!)).toBe(false);
		expect(offers4k(toCustomAvatar(customAvatar('C-1', { support_4k: true }), 0)!)).toBe(true);
	});
});

describe('names', () => {
	it('figure types by their panel names; an unknown type as Chanjing sends it', () => {
		expect(['whole_body', 'sit_body', 'circle_view', 'half_body'].map(figureTypeName)).toEqual([
			'Whole Body',
			'Sitting',
			'Circle',
			'half_body',
		]);
	});

	it('gender words capitalised, in any case; none stays empty', () => {
		expect(['female', 'MALE', ''].map(genderName)).toEqual(['Female', 'Male', '']);
	});
});
