/** How the panel names a value, so that an error message names it the same way. */

const IMAGE_CLARITY_NAMES: Record<number, string> = {
	1024: '1K (1024)',
	2048: '2K (2048)',
	4096: '4K (4096)',
};

export function clarityLabel(kind: 'video' | 'image', value: number): string {
	if (kind === 'video') return `${value}p`;
	return IMAGE_CLARITY_NAMES[value] ?? String(value);
}

const QUALITY_MODE_NAMES: Record<string, string> = { std: 'Standard', pro: 'Pro', '': 'Not Sent' };

export function qualityModeLabel(value: string): string {
	return QUALITY_MODE_NAMES[value] ?? value;
}
