import type { INodeProperties } from 'n8n-workflow';

/**
 * n8n's nodes panel lists, for a node in the AI category, the options of its first property
 * named "mode" as actions of their own: a second, unlabeled group after the operations
 * ("Text To Video", …; editor-ui `modeCategory`, the same in 1.123.x and 2.41.x). The node's
 * Mode is an input choice of Generate, not an action. This property, never displayed and
 * without options, comes first under that name, so the panel finds no mode actions and lists
 * the operations alone. It sets no value: a property that is not displayed is not a parameter.
 */
export const modeActionsStop: INodeProperties = {
	displayName: 'Mode',
	name: 'mode',
	type: 'hidden',
	default: '',
	displayOptions: { show: { '@version': [0] } },
};
