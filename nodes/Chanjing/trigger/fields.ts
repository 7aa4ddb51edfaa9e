import type { INodeProperties } from 'n8n-workflow';

import { POLLED_PRODUCTS, TRIGGER_PRODUCTS, type TriggerProduct } from './products';
import {
	DEFAULT_REPEAT_WINDOW_MINUTES,
	MAX_REPEAT_WINDOW_MINUTES,
	START_LOOKBACK_HOURS,
} from './limits';

const WEBHOOK = { show: { triggerMode: ['webhook'] } };
const POLLING = { show: { triggerMode: ['polling'] } };

function productOptions(products: TriggerProduct[]) {
	return products.map((p) => ({ name: p.name, value: p.value }));
}

/** The Chanjing Trigger's panel: the mode, then what it emits, then each mode's options. */
export const triggerFields: INodeProperties[] = [
	{
		// Not named "mode": n8n's nodes panel would list a "mode" property's options as actions.
		displayName: 'Mode',
		name: 'triggerMode',
		type: 'options',
		noDataExpression: true,
		options: [
			{
				name: 'Webhook',
				value: 'webhook',
				description:
					'Chanjing calls this node when a task finishes: use its Production URL as the Callback URL of a Chanjing node',
			},
			{
				name: 'Polling',
				value: 'polling',
				description:
					'This node reads the task lists at the Poll Times: for an n8n that Chanjing cannot reach (behind NAT)',
			},
		],
		default: 'webhook',
	},
	{
		displayName:
			"Paste this node's Production URL (above) into the Callback URL option of a Chanjing node's Generate or Create. Each callback is checked with Chanjing before the workflow starts. Poll Times apply to Polling only.",
		name: 'webhookNotice',
		type: 'notice',
		default: '',
		displayOptions: WEBHOOK,
	},
	{
		displayName: 'Path Secret',
		name: 'pathSecret',
		type: 'string',
		typeOptions: { password: true },
		default: '',
		placeholder: 'e.g. k3J9x2Lq7TzP',
		description:
			'Optional: letters, digits, - and _ added to the webhook path, so that only the URL with it starts the workflow (any other answers 404). The Production URL above includes it.',
		displayOptions: WEBHOOK,
	},
	{
		displayName: 'Products',
		name: 'products',
		type: 'multiOptions',
		options: productOptions(TRIGGER_PRODUCTS),
		default: ['aiVideo'],
		description: 'The kinds of task whose callbacks start the workflow',
		displayOptions: WEBHOOK,
	},
	{
		displayName: 'Products',
		name: 'products',
		type: 'multiOptions',
		options: productOptions(POLLED_PRODUCTS),
		default: ['aiVideo'],
		description:
			'The task lists to read (speech and voice clones cannot be polled: Chanjing lists no speech tasks, and its list of cloned voices gives no times)',
		displayOptions: POLLING,
	},
	{
		displayName: 'Tasks That',
		name: 'outcome',
		type: 'options',
		options: [
			{ name: 'Succeeded', value: 'succeeded' },
			{ name: 'Failed', value: 'failed' },
			{ name: 'Succeeded or Failed', value: 'finished' },
		],
		default: 'succeeded',
		description: 'Which finished tasks start the workflow (the others are passed over)',
	},
	{
		displayName: 'Download Output',
		name: 'download',
		type: 'boolean',
		default: false,
		description:
			"Whether to attach a succeeded task's file (video, images, audio) as binary data, checked by its bytes and streamed; images come as one item each. Voice clones and custom avatars deliver an ID, not a file: nothing is attached.",
	},
	{
		displayName: 'Put Output in Field',
		name: 'binaryPropertyName',
		type: 'string',
		default: 'data',
		hint: 'The name of the output binary field to put the file in',
		displayOptions: { show: { download: [true] } },
	},
	{
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: true,
		description: 'Whether to return a simplified version of the response instead of the raw data',
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		displayOptions: WEBHOOK,
		options: [
			{
				displayName: 'Emit Repeated Callbacks',
				name: 'emitRepeats',
				type: 'boolean',
				default: false,
				description:
					'Whether a second callback for a task that already started the workflow starts it again',
			},
			{
				displayName: 'Repeat Window (Minutes)',
				name: 'repeatWindowMinutes',
				type: 'number',
				typeOptions: { minValue: 1, maxValue: MAX_REPEAT_WINDOW_MINUTES },
				default: DEFAULT_REPEAT_WINDOW_MINUTES,
				description:
					'How long after a task started the workflow a callback for it counts as a repeat',
			},
		],
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		displayOptions: POLLING,
		options: [
			{
				displayName: 'Emit Tasks Finished Before Activation',
				name: 'emitExisting',
				type: 'boolean',
				default: false,
				description: `Whether the first poll also emits the tasks made in the ${START_LOOKBACK_HOURS} hours before it that have finished; otherwise it emits nothing old and only watches the running ones`,
			},
		],
	},
];
