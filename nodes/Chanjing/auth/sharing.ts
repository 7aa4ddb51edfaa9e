import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import { processMemory } from '../memory/processMemory';
import { issuerOf, SESSION_EXPIRY_FIELD, savedToken } from './session';
import { lastTokenObtainedHere, obtainedHereAt, obtainedHereFor } from './tokenMemory';

/**
 * Whether a credential is shared with another process (queue-mode workers, a second n8n), as
 * far as this process has seen (the token story: session.ts). A renewal pauses before it
 * obtains a token and checks the saved one after it only for a shared credential: those waits
 * keep workers from renewing in turn, and cost a process that is alone 1.25–3 s per renewal.
 * Nothing is assumed on first use: two workers that renew at the same moment then obtain at
 * most one token each, the later one kills the earlier on arrival, and that is evidence.
 */

/**
 * Tokens issued this close together (seconds, by their expiry) were obtained at nearly the
 * same moment; and a token of ours that Chanjing rejects this soon (ms) after we obtained it
 * was killed by a token obtained at nearly the same moment, not revoked a day later.
 */
const SAME_MOMENT_S = 10;
const SAME_MOMENT_MS = SAME_MOMENT_S * 1000;

export function isKnownShared(credentials: ICredentialDataDecryptedObject): boolean {
	return processMemory.sharedApps.get(issuerOf(credentials)) === true;
}

export function markShared(credentials: ICredentialDataDecryptedObject): void {
	processMemory.sharedApps.set(issuerOf(credentials), true);
}

/**
 * The saved credential, read by this process: a token saved in it that this process did not
 * obtain, issued no earlier than just before ours, was obtained by another process (it renewed
 * too, or its save crossed ours). Tokens of earlier days, or of a process that ran before this
 * one, are not evidence.
 */
export function noteSavedCredential(saved: ICredentialDataDecryptedObject): void {
	const ours = obtainedHereFor(saved);
	const token = savedToken(saved);
	if (!ours || !token || token === lastTokenObtainedHere(saved)) return;
	const oursExpiry = Number(ours[SESSION_EXPIRY_FIELD]) || 0;
	const savedExpiry = Number(saved[SESSION_EXPIRY_FIELD]) || 0;
	if (oursExpiry > 0 && savedExpiry >= oursExpiry - SAME_MOMENT_S) markShared(saved);
}

/**
 * Chanjing rejected `rejected`: when it is the token this process obtained moments ago, another
 * process obtained a newer one at nearly the same moment (a revocation a day later is not
 * evidence: one process alone meets it too). `saved` is the credential as read after the
 * rejection (also looked at, see `noteSavedCredential`).
 */
export function noteRejectedToken(
	saved: ICredentialDataDecryptedObject,
	rejected: string,
	now = Date.now(),
): void {
	const at = obtainedHereAt(saved);
	if (rejected && rejected === lastTokenObtainedHere(saved) && at !== undefined) {
		if (now - at <= SAME_MOMENT_MS) markShared(saved);
	}
	noteSavedCredential(saved);
}
