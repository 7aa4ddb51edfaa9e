import nock from 'nock';
import type { INode, INodeParameters } from 'n8n-workflow';

import { envelope, expectSubmit } from './chanjing-api';
import { runChanjing, TEST_BASE_URL } from './run-workflow';
import { SUBMIT_PATH } from '../../nodes/Chanjing/aiCreation/paths';

/** Runs a Generate and expects exactly one submit with `body`, answered with a creation ID. */
export async function expectGenerateBody(
	parameters: INodeParameters,
	body: Record<string, unknown>,
	node: Partial<INode>,
): Promise<void> {
	const scope = expectSubmit(body);
	const { error, items } = await runChanjing({ parameters, node });
	expect(error).toBeUndefined();
	expect(scope.isDone()).toBe(true);
	expect(items?.[0].json).toEqual({ creationId: 'creation-1', traceId: 'trace-1' });
}

/**
 * Runs a Generate that must fail before anything is sent: the error names the field, and a
 * submit Chanjing would have answered is left unused.
 */
export async function expectStoppedBeforeSubmit(
	parameters: INodeParameters,
	message: RegExp,
	node: Partial<INode>,
): Promise<void> {
	const submit = nock(TEST_BASE_URL).post(SUBMIT_PATH).reply(200, envelope(0, 'creation-x'));
	const { error } = await runChanjing({ parameters, node });
	expect(error?.message).toMatch(message);
	expect(error?.description).toMatch(/^Nothing was sent to Chanjing/);
	expect(submit.isDone()).toBe(false);
	nock.cleanAll();
}
