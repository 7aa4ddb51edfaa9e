import { aiImageAdapter } from '../aiImage/adapter';
import { aiVideoAdapter } from '../aiVideo/adapter';
import { customAvatarAdapter } from '../avatar/adapter';
import { avatarVideoAdapter } from '../avatarVideo/adapter';
import { lipSyncAdapter } from '../lipSync/adapter';
import { speechAdapter } from '../speech/adapter';
import { voiceAdapter } from '../voice/adapter';
import type { TaskAdapter, TaskTrigger } from '../task/adapter';

/** A product the Chanjing Trigger offers: its adapter says how a callback and a poll read it. */
export interface TriggerProduct {
	/** The option's value, as saved workflows keep it. */
	value: string;
	/** The option's name in the panel. */
	name: string;
	adapter: TaskAdapter & { trigger: TaskTrigger };
}

function product(value: string, name: string, adapter: TaskAdapter): TriggerProduct {
	if (!adapter.trigger) throw new Error(`The ${name} adapter has no trigger`);
	return { value, name, adapter: adapter as TriggerProduct['adapter'] };
}

/**
 * The products the trigger offers, one line each, in the panel's order. A product whose
 * adapter has a `trigger` can start a workflow by callback; one whose `trigger` also has a
 * `listRequest` (and whose tasks Chanjing lists) can be polled too.
 */
export const TRIGGER_PRODUCTS: TriggerProduct[] = [
	product('aiVideo', 'AI Video', aiVideoAdapter),
	product('aiImage', 'AI Image', aiImageAdapter),
	product('avatarVideo', 'Avatar Video', avatarVideoAdapter),
	product('lipSync', 'Lip Sync', lipSyncAdapter),
	product('speech', 'Speech', speechAdapter),
	product('voice', 'Voice Clone', voiceAdapter),
	product('customAvatar', 'Custom Avatar', customAvatarAdapter),
];

/** Whether a poll can read the product's tasks. */
export function isPolled(p: TriggerProduct): boolean {
	return p.adapter.trigger.listRequest !== undefined && !p.adapter.reconcile.unlisted;
}

/** The products a poll can read. */
export const POLLED_PRODUCTS = TRIGGER_PRODUCTS.filter(isPolled);

/** The chosen products, in the list's order; values the list no longer has are left out. */
export function productsNamed(values: unknown, from: TriggerProduct[]): TriggerProduct[] {
	const chosen = new Set(Array.isArray(values) ? values.map(String) : []);
	return from.filter((p) => chosen.has(p.value));
}
