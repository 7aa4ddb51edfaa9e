import { planAvatar } from '../../../../nodes/Chanjing/avatarVideo/avatarChecks';
import {
	type CustomAvatar,
	type PublicAvatar,
	toCustomAvatar,
	toPublicAvatar,
} from '../../../../nodes/Chanjing/lookups/avatars';
import { customAvatar, publicAvatar, publicAvatar4k } from '../../../helpers/lookups';

/**
 * planAvatar: what the avatar of a create is, from the lists read before (the list entries as
 * Chanjing sends them, read by lookups/avatars.ts).
 */
const pub = (raw: object) => toPublicAvatar(raw as never) as PublicAvatar;
const custom = (raw: object, source: 0 | 1 = 0) =>
	toCustomAvatar(raw as never, source) as CustomAvatar;
const AUTO_1080 = { figureType: '', uhd: false };

describe('planAvatar: a public avatar', () => {
	const avatar = pub(publicAvatar(1));

	it('Auto takes its first figure: the figure type, its size, not a circle', () => {
		const first = publicAvatar(1).figures[0];
		expect(planAvatar('dp-1', { avatar, complete: true }, AUTO_1080)).toEqual({
			id: 'dp-1',
			avatar,
			figureType: first.type,
			figure: { width: first.width, height: first.height },
			circle: false,
		});
	});

	it('the circle figure when asked for: its own size, placed as a circle', () => {
		const circle = publicAvatar(1).figures.find((f) => f.type === 'circle_view')!;
		expect(
			planAvatar('dp-1', { avatar, complete: true }, { figureType: 'circle_view', uhd: false }),
		).toEqual({
			id: 'dp-1',
			avatar,
			figureType: 'circle_view',
			figure: { width: circle.width, height: circle.height },
			circle: true,
		});
	});

	it('a figure it does not offer names the ones it does', () => {
		expect(
			planAvatar('dp-1', { avatar, complete: true }, { figureType: 'sit_body', uhd: false }),
		).toEqual({
			field: 'Figure Type',
			message:
				'Sitting is not offered by the avatar "主播1"; choose Whole Body or Circle (or Auto)',
		});
	});

	it('an avatar Chanjing lists without figures cannot have one chosen', () => {
		const bare = pub(publicAvatar(3, { figures: [] }));
		expect(planAvatar('dp-3', { avatar: bare, complete: true }, AUTO_1080)).toEqual({
			field: 'Figure Type',
			message: 'cannot be chosen: Chanjing lists no figures for the avatar "主播3"',
		});
	});

	it('4K on a figure filmed in 1080p, naming no 4K figure when there is none', () => {
		expect(planAvatar('dp-1', { avatar, complete: true }, { figureType: '', uhd: true })).toEqual({
			field: 'Resolution',
			message:
				'4K is not offered by the avatar "主播1" as Whole Body (1080×1920); choose 1080p or an avatar that supports 4K',
		});
	});

	it('4K on a 1080p figure of an avatar with a 4K figure names that figure', () => {
		const mixed = pub(
			publicAvatar(4, {
				figures: [
					{ type: 'whole_body', width: 1080, height: 1920 },
					{ type: 'sit_body', width: 2160, height: 3840 },
				],
			}),
		);
		expect(
			planAvatar(
				'dp-4',
				{ avatar: mixed, complete: true },
				{ figureType: 'whole_body', uhd: true },
			),
		).toEqual({
			field: 'Resolution',
			message:
				'4K is not offered by the avatar "主播4" as Whole Body (1080×1920); choose the figure Sitting, choose 1080p or an avatar that supports 4K',
		});
	});

	it('4K on a figure filmed in 4K', () => {
		const uhd = pub(publicAvatar4k(2));
		expect(
			planAvatar('dp-2', { avatar: uhd, complete: true }, { figureType: '', uhd: true }),
		).toEqual({
			id: 'dp-2',
			avatar: uhd,
			figureType: 'sit_body',
			figure: { width: 2160, height: 3840 },
			circle: false,
		});
	});
});

describe('planAvatar: a custom avatar', () => {
	it('a ready one made through the API: its size, no figure type, no source', () => {
		const avatar = custom(customAvatar('C-1', { width: 720, height: 1280 }));
		expect(planAvatar('C-1', { avatar, complete: true }, AUTO_1080)).toEqual({
			id: 'C-1',
			avatar,
			figure: { width: 720, height: 1280 },
			circle: false,
		});
	});

	it('one made on the website is sent with source 1', () => {
		const avatar = custom(customAvatar('C-web'), 1);
		const plan = planAvatar('C-web', { avatar, complete: true }, AUTO_1080);
		expect(plan).toMatchObject({ id: 'C-web', source: 1 });
	});

	it('4K on one made in 4K: its 4K size', () => {
		const avatar = custom(
			customAvatar('C-4', { support_4k: true, width_4k: 2160, height_4k: 3840 }),
		);
		expect(planAvatar('C-4', { avatar, complete: true }, { figureType: '', uhd: true })).toEqual({
			id: 'C-4',
			avatar,
			figure: { width: 2160, height: 3840 },
			circle: false,
		});
	});

	it('4K declared without a 4K size: its own size', () => {
		const avatar = custom(customAvatar('C-5', { support_4k: true }));
		expect(
			planAvatar('C-5', { avatar, complete: true }, { figureType: '', uhd: true }),
		).toMatchObject({ figure: { width: 1080, height: 1920 } });
	});

	it('4K on one without support_4k', () => {
		const avatar = custom(customAvatar('C-1'));
		expect(planAvatar('C-1', { avatar, complete: true }, { figureType: '', uhd: true })).toEqual({
			field: 'Resolution',
			message:
				'4K is not offered by the custom avatar "My avatar C-1"; choose 1080p, or an avatar made in 4K',
		});
	});

	it.each([
		[{ status: 1 }, 'training'],
		[{ status: 4, err_reason: '人脸不清晰' }, 'failed (人脸不清晰)'],
		[{ status: 2, is_open: 0 }, 'disabled'],
		[{ status: 7 }, '7'],
	])('%j cannot speak: %s', (extra, why) => {
		const avatar = custom(customAvatar('C-2', extra));
		expect(planAvatar('C-2', { avatar, complete: true }, AUTO_1080)).toEqual({
			field: 'Avatar',
			message: `"My avatar C-2" is a custom avatar that is ${why}; only a ready custom avatar can speak`,
		});
	});
});

describe('planAvatar: an avatar the lists do not hold', () => {
	it('lists read whole: none of the account’s avatars', () => {
		expect(planAvatar('nobody', { complete: true }, AUTO_1080)).toEqual({
			field: 'Avatar',
			message:
				'"nobody" is none of Chanjing\'s public avatars or your custom avatars; pick one From List',
		});
	});

	it('lists too long to read whole: sent as given, with the figure type asked for', () => {
		expect(planAvatar('far', { complete: false }, { figureType: 'sit_body', uhd: true })).toEqual({
			id: 'far',
			figureType: 'sit_body',
			figure: {},
			circle: false,
		});
		expect(planAvatar('far', { complete: false }, AUTO_1080)).toEqual({
			id: 'far',
			figureType: undefined,
			figure: {},
			circle: false,
		});
	});
});
