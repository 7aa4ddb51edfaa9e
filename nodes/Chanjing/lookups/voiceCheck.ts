import type { RequestContext } from '../api/context';
import type { InputProblem } from '../input/problem';
import type { Avatar } from './avatars';
import { clonedVoices, customAvatars, type Known, publicAvatars, publicVoices } from './catalogue';
import type { Voice } from './voices';

/**
 * Whether a voice ID is one the account can speak with: the chosen avatar's own voice, a public
 * voice, a cloned voice that is ready, or the voice of a public or custom avatar (catalogue 6:
 * `audio_man` takes any of these). The lists are read one after the other and only as far as
 * needed. When a list cannot be read, or is longer than the node reads, the voice is not judged
 * (Chanjing then answers for it; a refused create costs nothing).
 */
export type VoiceVerdict =
	| { known: true; voice?: Voice }
	| { known: false; problem?: InputProblem }
	| { unchecked: true };

async function orUnchecked<T>(read: () => Promise<Known<T>>): Promise<Known<T> | undefined> {
	try {
		return await read();
	} catch {
		return undefined;
	}
}

export async function judgeVoice(
	ctx: RequestContext,
	field: string,
	id: string,
	avatar?: Avatar,
): Promise<VoiceVerdict> {
	if (avatar && avatar.voiceId === id) return { known: true };
	let complete = true;
	const pub = await orUnchecked(() => publicVoices(ctx));
	const inPublic = pub?.entries.find((voice) => voice.id === id);
	if (inPublic) return { known: true, voice: inPublic };
	complete &&= pub?.complete === true;
	const cloned = await orUnchecked(() => clonedVoices(ctx));
	const inCloned = cloned?.entries.find((voice) => voice.id === id);
	if (inCloned?.status === 'ready') return { known: true, voice: inCloned };
	if (inCloned) {
		return {
			known: false,
			problem: {
				field,
				message: `is the cloned voice "${inCloned.name}", which is ${inCloned.status}; only a cloned voice that is ready can speak`,
			},
		};
	}
	complete &&= cloned?.complete === true;
	const avatarLists: Array<() => Promise<Known<Avatar>>> = [
		async () => await customAvatars(ctx),
		async () => await publicAvatars(ctx),
	];
	for (const read of avatarLists) {
		const avatars = await orUnchecked(read);
		if (avatars?.entries.some((entry) => entry.voiceId === id)) return { known: true };
		complete &&= avatars?.complete === true;
	}
	if (!complete) return { unchecked: true };
	return {
		known: false,
		problem: {
			field,
			message: `"${id}" is none of Chanjing's public voices, your cloned voices or an avatar's voice; pick one From List`,
		},
	};
}
