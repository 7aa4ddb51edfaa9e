import { clarityLabel, qualityModeLabel } from '../../../../nodes/Chanjing/aiCreation/labels';

describe('clarityLabel', () => {
	it('a video clarity is its height in p', () => {
		expect(clarityLabel('video', 720)).toBe('720p');
		expect(clarityLabel('video', 1080)).toBe('1080p');
	});

	it('an image clarity is named by its size class, unknown sizes as the number', () => {
		expect(clarityLabel('image', 1024)).toBe('1K (1024)');
		expect(clarityLabel('image', 2048)).toBe('2K (2048)');
		expect(clarityLabel('image', 4096)).toBe('4K (4096)');
		expect(clarityLabel('image', 1536)).toBe('1536');
	});
});

describe('qualityModeLabel', () => {
	it('names the modes as the panel does; unknown ones as they are', () => {
		expect(qualityModeLabel('std')).toBe('Standard');
		expect(qualityModeLabel('pro')).toBe('Pro');
		expect(qualityModeLabel('')).toBe('Not Sent');
		expect(qualityModeLabel('ultra')).toBe('ultra');
	});
});
