import { readCompletionSettings } from '../../../../nodes/Chanjing/completion/settings';
import { itemContext } from '../../../helpers/item-context';

describe('readCompletionSettings: version 1 (waiting in Options)', () => {
	it('nothing set: no waiting, no download, field "data", always simplified', () => {
		expect(readCompletionSettings(itemContext({ typeVersion: 1 }))).toEqual({
			waitForCompletion: false,
			download: false,
			binaryPropertyName: 'data',
			maxWaitMinutes: undefined,
			pollIntervalSeconds: undefined,
			onTimeout: undefined,
			simplify: true,
			onShortDelivery: 'error',
		});
	});

	it('reads every option, and ignores the version 2 fields', () => {
		const settings = readCompletionSettings(
			itemContext({
				typeVersion: 1,
				parameters: {
					options: {
						waitForCompletion: true,
						downloadVideo: true,
						binaryPropertyName: 'video',
						maxWaitMinutes: 30,
						pollIntervalSeconds: 15,
						onTimeout: 'returnRunning',
					},
					waitForCompletion: false,
					simplify: false,
				},
			}),
		);

		expect(settings).toEqual({
			waitForCompletion: true,
			download: true,
			binaryPropertyName: 'video',
			maxWaitMinutes: 30,
			pollIntervalSeconds: 15,
			onTimeout: 'returnRunning',
			simplify: true,
			onShortDelivery: 'error',
		});
	});

	it('only true turns waiting and download on; an empty field name is "data"', () => {
		expect(
			readCompletionSettings(
				itemContext({
					typeVersion: 1,
					parameters: {
						options: { waitForCompletion: 'true', downloadVideo: 1, binaryPropertyName: '' },
					},
				}),
			),
		).toMatchObject({ waitForCompletion: false, download: false, binaryPropertyName: 'data' });
	});
});

describe('readCompletionSettings: version 2 (fields of their own)', () => {
	it('nothing set: no waiting, no download, field "data", simplified, an error on timeout', () => {
		expect(readCompletionSettings(itemContext({ typeVersion: 2 }))).toEqual({
			waitForCompletion: false,
			download: false,
			binaryPropertyName: 'data',
			maxWaitMinutes: undefined,
			pollIntervalSeconds: undefined,
			onTimeout: 'error',
			simplify: true,
			onShortDelivery: 'error',
		});
	});

	it('waiting reads its settings', () => {
		const settings = readCompletionSettings(
			itemContext({
				parameters: {
					waitForCompletion: true,
					maxWaitMinutes: 5,
					pollIntervalSeconds: 20,
					onTimeout: 'returnRunning',
					downloadVideo: true,
					binaryPropertyName: 'clip',
					simplify: false,
				},
			}),
		);

		expect(settings).toEqual({
			waitForCompletion: true,
			download: true,
			binaryPropertyName: 'clip',
			maxWaitMinutes: 5,
			pollIntervalSeconds: 20,
			onTimeout: 'returnRunning',
			simplify: false,
			onShortDelivery: 'error',
		});
	});

	it('without waiting its settings are not read (hidden fields keep old values)', () => {
		const settings = readCompletionSettings(
			itemContext({
				parameters: { maxWaitMinutes: 5, pollIntervalSeconds: 20, onTimeout: 'returnRunning' },
			}),
		);

		expect(settings).toMatchObject({
			maxWaitMinutes: undefined,
			pollIntervalSeconds: undefined,
			onTimeout: 'error',
		});
	});

	it('On Short Delivery: Return What Was Delivered when chosen, else Error', () => {
		const read = (onShortDelivery: unknown) =>
			readCompletionSettings(itemContext({ parameters: { onShortDelivery } })).onShortDelivery;
		expect(read('returnDelivered')).toBe('returnDelivered');
		expect(read('error')).toBe('error');
		expect(read('anything else')).toBe('error');
	});

	it('Download Images counts as download (the image resource)', () => {
		expect(
			readCompletionSettings(itemContext({ parameters: { downloadImages: true } })).download,
		).toBe(true);
	});

	it('version 1 options left in a version 2 node are not read', () => {
		expect(
			readCompletionSettings(itemContext({ parameters: { options: { waitForCompletion: true } } }))
				.waitForCompletion,
		).toBe(false);
	});
});
