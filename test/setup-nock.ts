import nock from 'nock';

import { forgetPacers } from '../nodes/Chanjing/reliability/pacer';
import { forgetSubmits } from '../nodes/Chanjing/reliability/remembered-submits';

// What the node remembers across items and executions of one process starts empty per test.
beforeEach(() => {
	forgetSubmits();
	forgetPacers();
});

// nock patches Node's http module, which every test file of a Jest worker shares while each
// file loads its own nock: unpatch after a file so the next file's interceptors are the ones used.
afterAll(() => {
	nock.cleanAll();
	nock.restore();
});
