import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { CREDENTIAL_TYPE } from '../api/credential';
import type { RequestContext } from '../api/context';
import { processMemory } from '../memory/processMemory';
import {
	type Avatar,
	type CustomAvatar,
	type PublicAvatar,
	toCustomAvatar,
	toPublicAvatar,
} from './avatars';
import { clonedVoiceList, customAvatarList, publicAvatarList, publicVoiceList } from './lists';
import { type ListReading, type PagedList, readWholeList } from './listPages';
import { AVATAR_SOURCES } from './paths';
import { toClonedVoice, toPublicVoice, type Voice } from './voices';

/**
 * What the account can use, read whole from Chanjing's lookup lists: for the checks of a create
 * (is this avatar or voice one the account has?) and for the pickers. Within an execution each
 * list is read once per credential, however many items ask (processMemory.lookups); in the
 * panel (no execution) every search reads afresh.
 */

function credentialId(ctx: RequestContext): string {
	const reference = ctx.getNode().credentials?.[CREDENTIAL_TYPE];
	return String(reference?.id ?? reference?.name ?? '');
}

function executionIdOf(ctx: RequestContext): string | undefined {
	const id = 'getExecutionId' in ctx ? (ctx as IExecuteSingleFunctions).getExecutionId() : '';
	return id ? String(id) : undefined;
}

/** A list read whole, once per execution and credential. A failed reading is not kept. */
async function readOnce(ctx: RequestContext, list: PagedList): Promise<ListReading> {
	const execution = executionIdOf(ctx);
	if (execution === undefined) return await readWholeList(ctx, list);
	const key = [execution, credentialId(ctx), list.name].join('\u0000');
	const memory = processMemory.lookups;
	const known = memory.get(key) as Promise<ListReading> | undefined;
	if (known) return await known;
	const reading = readWholeList(ctx, list).catch((error: unknown) => {
		if (memory.get(key) === reading) memory.delete(key);
		throw error;
	});
	memory.set(key, reading);
	return await reading;
}

export interface Known<T> {
	entries: T[];
	/** Whether the lists were read to the end (false: some entries may be missing). */
	complete: boolean;
}

function readEntries<T>(reading: ListReading, read: (raw: IDataObject) => T | undefined): T[] {
	return reading.entries.map(read).filter((entry): entry is T => entry !== undefined);
}

export async function publicAvatars(ctx: RequestContext): Promise<Known<PublicAvatar>> {
	const reading = await readOnce(ctx, publicAvatarList());
	return { entries: readEntries(reading, toPublicAvatar), complete: reading.complete };
}

/** The account's custom avatars, made through the API and on the website. */
export async function customAvatars(ctx: RequestContext): Promise<Known<CustomAvatar>> {
	const entries: CustomAvatar[] = [];
	let complete = true;
	for (const source of AVATAR_SOURCES) {
		const reading = await readOnce(ctx, customAvatarList(source));
		entries.push(...readEntries(reading, (raw) => toCustomAvatar(raw, source)));
		complete &&= reading.complete;
	}
	return { entries, complete };
}

export async function publicVoices(ctx: RequestContext): Promise<Known<Voice>> {
	const reading = await readOnce(ctx, publicVoiceList);
	return { entries: readEntries(reading, toPublicVoice), complete: reading.complete };
}

export async function clonedVoices(ctx: RequestContext): Promise<Known<Voice>> {
	const reading = await readOnce(ctx, clonedVoiceList);
	return { entries: readEntries(reading, toClonedVoice), complete: reading.complete };
}

/**
 * The avatar with this ID: a public avatar, else one of the account's custom avatars (the
 * custom lists are read only when the public list does not have it). `complete` says whether
 * every list was read to the end.
 */
export async function findAvatar(
	ctx: RequestContext,
	id: string,
): Promise<{ avatar?: Avatar; complete: boolean }> {
	const pub = await publicAvatars(ctx);
	const found = pub.entries.find((avatar) => avatar.id === id);
	if (found) return { avatar: found, complete: true };
	const custom = await customAvatars(ctx);
	return {
		avatar: custom.entries.find((avatar) => avatar.id === id),
		complete: pub.complete && custom.complete,
	};
}
