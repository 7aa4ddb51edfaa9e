import type { ClockOffset } from '../memory/processMemory';

/**
 * Which listed tasks a submit may have made, by their `create_time` (whole seconds on Chanjing's
 * clock), given when the submit left this machine and what is known of Chanjing's clock
 * (transport/chanjingClock.ts).
 */
export const windowTiming = {
	/** Without anything known of Chanjing's clock: tasks up to this long before the submit count. */
	unknownClockSkewS: 120,
	/** Slack for Chanjing's servers: the one that stamps Date and the one that stamps create_time. */
	serverToleranceMs: 1000,
	/** A clock known less closely than this cannot tell a task of this submit from an earlier one. */
	maxUncertaintyMs: 5000,
};

export interface SubmitWindow {
	/** A task created before this second was made before the submit left: never this item's. */
	fromS: number;
	/** A task created in this second or later was made after the submit left (Infinity: not known). */
	afterS: number;
	/** Whether Chanjing's clock is known closely enough to claim a task between the two. */
	clockKnown: boolean;
}

export function submitWindow(sentAtMs: number, offset: ClockOffset | undefined): SubmitWindow {
	if (!offset) {
		return {
			fromS: Math.floor(sentAtMs / 1000) - windowTiming.unknownClockSkewS,
			afterS: Infinity,
			clockKnown: false,
		};
	}
	const { serverToleranceMs, maxUncertaintyMs } = windowTiming;
	// A task made in second C existed at C + 1 s at the latest; the submit reached Chanjing at
	// sentAt + lowMs at the earliest. Tasks made after it left: C ≥ sentAt + highMs.
	return {
		fromS: Math.floor((sentAtMs + offset.lowMs - serverToleranceMs) / 1000),
		afterS: Math.ceil((sentAtMs + offset.highMs + serverToleranceMs) / 1000),
		clockKnown: offset.highMs - offset.lowMs <= maxUncertaintyMs,
	};
}

/**
 * Where a task created at `createdAtS` stands against the submit: made before it left, after
 * it, or around it (the clock cannot tell; also a task without a creation time).
 */
export function placeInWindow(
	createdAtS: number,
	window: SubmitWindow,
): 'before' | 'around' | 'after' {
	if (Number.isNaN(createdAtS)) return 'around';
	if (createdAtS < window.fromS) return 'before';
	return createdAtS >= window.afterS ? 'after' : 'around';
}
