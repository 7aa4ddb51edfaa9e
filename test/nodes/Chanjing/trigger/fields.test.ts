import type { INodeProperties } from 'n8n-workflow';

import { triggerFields } from '../../../../nodes/Chanjing/trigger/fields';

const shownIn = (mode: string) =>
	triggerFields.filter((p: INodeProperties) => {
		const show = p.displayOptions?.show?.triggerMode;
		return !show || show.includes(mode);
	});
const byName = (mode: string, name: string) => shownIn(mode).find((p) => p.name === name);

describe('triggerFields', () => {
	it('offers every product to callbacks and the listed ones to polls', () => {
		const values = (mode: string) =>
			(byName(mode, 'products')?.options ?? []).map((o) => (o as { value: string }).value);
		expect(values('webhook')).toEqual([
			'aiVideo',
			'aiImage',
			'avatarVideo',
			'lipSync',
			'speech',
			'voice',
			'customAvatar',
		]);
		expect(values('polling')).toEqual([
			'aiVideo',
			'aiImage',
			'avatarVideo',
			'lipSync',
			'customAvatar',
		]);
	});

	it('shows the Path Secret (masked) and the repeat options in Webhook mode only', () => {
		expect(byName('webhook', 'pathSecret')?.typeOptions?.password).toBe(true);
		expect(byName('polling', 'pathSecret')).toBeUndefined();
		const options = (mode: string) =>
			(byName(mode, 'options')?.options ?? []).map((o) => (o as INodeProperties).name);
		expect(options('webhook')).toEqual(['emitRepeats', 'repeatWindowMinutes']);
		expect(options('polling')).toEqual(['emitExisting']);
	});

	it('describes every boolean as "Whether …"', () => {
		const booleans = [
			...triggerFields,
			...triggerFields.flatMap((p) => (p.options ?? []) as INodeProperties[]),
		].filter((p) => p.type === 'boolean');
		expect(booleans.length).toBeGreaterThan(0);
		for (const p of booleans) expect(p.description).toMatch(/^Whether /);
	});
});
