export interface PollStep {
	/** Seconds waited so far (the pauses, plus checks that timed out); 0 before the first check. */
	waitedS: number;
	/** The pause before the last check (version 1's schedule doubles it). */
	lastDelayS: number;
	/** The last check was answered 40001. */
	rateLimited?: boolean;
}

export interface PollSchedule {
	/** The Poll Interval, in seconds. */
	intervalS: number;
	/** The pause before the first check, in seconds. */
	firstDelayS: number;
	/**
	 * Version 1's schedule: the pause doubles up to the interval (2, 6, 14, 24, 34 … s at 10 s).
	 * A workflow saved with version 1 keeps sending the requests it was recorded with.
	 */
	doubling: boolean;
}

/**
 * How long to pause before the next status check of a task, in seconds.
 *
 * The schedule (version 2): one early check after `firstDelayS` (2 s) for tasks that are done at
 * once, then a check at each whole multiple of the Poll Interval I since waiting began: I, 2I,
 * 3I … (at the default 10 s: 2, 10, 20, 30 … s). The node does not know the render time T, so:
 * - a task done after T is seen at the first multiple of I from T on: T + I at the latest, and
 *   at T itself when T is a multiple of I (T = 20 s at 20 s, T = 60 s at 60 s): within 1.1 T for
 *   every T from 10 I (100 s) on, and for T up to 10 % below a multiple of I from 20 s on;
 * - it uses at most floor(T / I) + 2 checks: for T in (kI, (k+1)I], the early one and k + 1;
 * - a user's Wait (the Poll Interval) + IF loop checks at the same multiples of I after the
 *   submit, so the node is not later than that loop, at one check more per task.
 * No schedule can promise 1.1 T for every T from 20 s with so few checks: a task of 20 s must
 * be seen by 22 s, with at most 4 checks for T < 30 s, so the 4th check comes no earlier than
 * 30 s (else a task of 29 s needs a 5th), and a task done just after the check at 20–22 s is
 * seen at 30 s or later: 1.36 T. The best bound any schedule can keep for every T ≥ 20 s within
 * that budget is about 1.26 T, and only by giving up 1.1 T at 20 s; this one keeps 1.1 T at the
 * multiples of the interval the user chose, as that loop does, and T + I everywhere.
 * (Version 1's doubling took 24 s for T = 20 s and 64 s for T = 60 s.)
 *
 * After a 40001 the next check waits a full interval (Chanjing asked for less). After a failed
 * check (a timeout adds its duration to `waitedS`) the schedule goes on at the next multiple of
 * I that is at least half an interval away, never sooner.
 */
export function nextPollDelayS(step: PollStep, schedule: PollSchedule): number {
	const { intervalS, firstDelayS } = schedule;
	if (step.waitedS <= 0) return Math.min(firstDelayS, intervalS);
	if (step.rateLimited) return intervalS;
	if (schedule.doubling) return Math.min(step.lastDelayS * 2, intervalS);
	const nextCheckS = Math.ceil((step.waitedS + intervalS / 2) / intervalS) * intervalS;
	return nextCheckS - step.waitedS;
}
