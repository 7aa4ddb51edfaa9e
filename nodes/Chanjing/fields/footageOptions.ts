import type { INodeProperties } from 'n8n-workflow';

/**
 * Options of a video made from a person's footage (Avatar Video, Lip Sync): Drive Mode
 * (drive_mode), Volume and When Footage Runs Out (backway). `footage` names it in the panel's
 * descriptions: "the footage", "the avatar's footage".
 */
export function footageOptions(footage: string) {
	const driveMode: INodeProperties = {
		displayName: 'Drive Mode',
		name: 'driveMode',
		type: 'options',
		options: [
			{
				name: 'Sequential',
				value: '',
				description: `${footage[0].toUpperCase()}${footage.slice(1)} in order`,
			},
			{ name: 'Random Frames', value: 'random', description: 'Random-frame movements' },
		],
		default: '',
	};
	const volume: INodeProperties = {
		displayName: 'Volume',
		name: 'volume',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: 100 },
		default: 100,
		description: 'Loudness of the speech, 1 to 100',
	};
	const backway: INodeProperties = {
		displayName: 'When Footage Runs Out',
		name: 'backway',
		type: 'options',
		options: [
			{ name: 'Play Forward Again', value: 1 },
			{ name: 'Play Reversed', value: 2 },
		],
		default: 1,
		description: `What ${footage} does when the speech is longer (backway)`,
	};
	return { driveMode, volume, backway };
}
