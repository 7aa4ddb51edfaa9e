import { Pacer } from '../../../../nodes/Chanjing/transport/pacer';

/** A pacer on a manual clock (turns that would wait are only planned, not awaited). */
function pacerAt(start = 1_000_000) {
	const clock = { t: start };
	return { pacer: new Pacer(() => clock.t), clock };
}

describe('Pacer', () => {
	it('does not space requests before any refusal', async () => {
		const { pacer } = pacerAt();
		const starts = await Promise.all([pacer.turn(), pacer.turn(), pacer.turn()]);
		expect(new Set(starts).size).toBe(1);
		expect(pacer.limit).toBe(0);
	});

	it('learns the limit from the admitted requests in the second before a refusal', async () => {
		const { pacer, clock } = pacerAt();
		const starts: number[] = [];
		for (let i = 0; i < 6; i++) {
			starts.push(await pacer.turn());
			clock.t += 10;
		}
		for (const s of starts.slice(0, 5)) pacer.admitted(s);
		pacer.refused(starts[5]);
		expect(pacer.limit).toBe(5);
	});

	it('a refusal before any admitted answer says "slower" until the admitted ones are known', async () => {
		const { pacer } = pacerAt();
		const a = await pacer.turn();
		const b = await pacer.turn();
		pacer.refused(b);
		expect(pacer.limit).toBe(4);
		pacer.admitted(a);
		expect(pacer.limit).toBe(1);
	});

	it('after learning 5/s, the 6th request of a second waits until the window has room', async () => {
		const { pacer, clock } = pacerAt();
		const first = await pacer.turn();
		pacer.admitted(first);
		for (let i = 0; i < 4; i++) pacer.admitted(await pacer.turn());
		const refused = await pacer.turn();
		pacer.refused(refused);
		expect(pacer.limit).toBe(5);
		clock.t += 1;
		// The window holds the 5 admitted ones (counted from their answers at `first`).
		const next = pacer.turn();
		const planned = await Promise.race([next, Promise.resolve('waiting')]);
		expect(planned).toBe('waiting');
	});
});
