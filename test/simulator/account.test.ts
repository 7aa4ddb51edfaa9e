import { submit, useSimulator } from './helpers';
import { PATHS, created, dataOf, get, post, uploaded, videoBody } from './product-helpers';

describe('user_info and user_duration', () => {
	const s = useSimulator({ renderMs: 1000 });

	test('user_duration: the balance is creditsLeft; bean_day30 the option, at most the balance', async () => {
		expect(dataOf(await get(s, '/open/v1/user_duration'))).toEqual({
			resi_total_bean: 1_000_000,
			bean_day30: 0,
		});
		s.sim.configure({ creditsLeft: 5, beansExpiring30d: 3 });
		expect(dataOf(await get(s, '/open/v1/user_duration'))).toEqual({
			resi_total_bean: 5,
			bean_day30: 3,
		});
		await submit(s.sim, s.token);
		await created(s, PATHS.createVideo, videoBody());
		expect(dataOf(await get(s, '/open/v1/user_duration'))).toEqual({
			resi_total_bean: 3,
			bean_day30: 3,
		});
		s.sim.configure({ beansExpiring30d: 10 });
		expect(dataOf(await get(s, '/open/v1/user_duration')).bean_day30).toBe(3);
	});

	test('user_info: the app, live custom avatars, seconds of finished videos, the limits', async () => {
		s.sim.configure({ customPersonLimit: 7, videoCreateLimit: 600 });
		expect(dataOf(await get(s, '/open/v1/user_info'))).toEqual({
			id: 'sim-app-id',
			name: '蝉镜模拟账户',
			custom_person_nums: 0,
			custom_person_limit: 7,
			video_create_seconds: 0,
			video_create_limit: 600,
		});
		const file = await uploaded(s, 'customised_person', 'me.mp4');
		await created(s, PATHS.createPerson, { name: 'a', file_id: file.file_id });
		const failing = await created(s, PATHS.createPerson, {
			name: 'b[fail]',
			file_id: file.file_id,
		});
		await created(s, PATHS.createVideo, videoBody());
		expect(dataOf(await get(s, '/open/v1/user_info'))).toMatchObject({
			custom_person_nums: 2,
			video_create_seconds: 0,
		});
		s.clock.advance(1000);
		expect(dataOf(await get(s, '/open/v1/user_info'))).toMatchObject({
			custom_person_nums: 1,
			video_create_seconds: 2,
		});
		expect(failing).toMatch(/^C-/);
		await post(s, PATHS.deletePerson, { id: failing });
		expect(dataOf(await get(s, '/open/v1/user_info')).custom_person_nums).toBe(1);
	});
});
