import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import type { LookupListing } from './getMany';
import { clonedVoiceList, publicVoiceList } from './lists';
import type { PagedList } from './listPages';
import { voiceOutput } from './outputs';
import { toClonedVoice, toPublicVoice } from './voices';

/** Get Many of voices: Chanjing's public voices or the account's cloned ones. */
export const voiceListing: LookupListing = {
	lists(context: IExecuteSingleFunctions): PagedList[] {
		return [
			context.getNodeParameter('voiceType', 'public') === 'cloned'
				? clonedVoiceList
				: publicVoiceList,
		];
	},
	simplified(raw: IDataObject, list: PagedList): IDataObject | undefined {
		const voice = list === clonedVoiceList ? toClonedVoice(raw) : toPublicVoice(raw);
		return voice && voiceOutput(voice);
	},
};

export const voiceTypeField: INodeProperties = {
	displayName: 'Voice Type',
	name: 'voiceType',
	type: 'options',
	options: [
		{
			name: 'Public',
			value: 'public',
			description:
				"Chanjing's voices, open to every account (a place name in the name means a dialect)",
		},
		{
			name: 'Cloned',
			value: 'cloned',
			description: 'The voices cloned for your account, with their status (only ready ones speak)',
		},
	],
	default: 'public',
};
