import { createdAt } from '../../../../nodes/Chanjing/task/createdAt';

/** 2026-11-25 09:40:00 UTC in Chanjing's Unix seconds. */
const SECONDS = Date.UTC(2026, 10, 25, 9, 40) / 1000;

describe('createdAt', () => {
	it("Chanjing's Unix seconds in n8n's time zone, the zone named", () => {
		expect(createdAt({ create_time: SECONDS }, 'Asia/Shanghai')).toBe('2026-11-25 17:40 GMT+8');
		expect(createdAt({ create_time: String(SECONDS) })).toBe('2026-11-25 09:40 UTC');
	});

	it('UTC when the time zone is unknown to the runtime', () => {
		expect(createdAt({ create_time: SECONDS }, 'Not/AZone')).toBe('2026-11-25 09:40 UTC');
	});

	it.each([[0], [-5], ['soon'], [undefined]])('nothing for create_time %p', (value) => {
		expect(createdAt({ create_time: value })).toBe('');
	});
});
