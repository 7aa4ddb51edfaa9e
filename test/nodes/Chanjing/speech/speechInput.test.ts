import { readSpeechInput } from '../../../../nodes/Chanjing/speech/speechInput';
import { itemContext } from '../../../helpers/item-context';

/** readSpeechInput: Speech → Generate's parameters as n8n resolved them (the Voice as n8n extracts it). */
const read = (parameters: Record<string, unknown>) => readSpeechInput(itemContext({ parameters }));

describe('readSpeechInput', () => {
	it('nothing set: empty voice and text, rates 1, no watermark', () => {
		expect(read({})).toEqual({ voice: '', text: '', speed: 1, pitch: 1, watermark: false });
	});

	it('the values as given, unchecked and untrimmed', () => {
		expect(
			read({
				voice: ' voice-2 ',
				text: ' Hi ',
				speed: '1.25',
				pitch: 0.8,
				options: { watermark: true },
			}),
		).toEqual({ voice: ' voice-2 ', text: ' Hi ', speed: '1.25', pitch: 0.8, watermark: true });
	});

	it('only true turns the watermark on', () => {
		expect(read({ options: { watermark: 'true' } }).watermark).toBe(false);
		expect(read({ options: {} }).watermark).toBe(false);
	});
});
