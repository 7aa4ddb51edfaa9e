import nock from 'nock';

// nock patches Node's http module, which every test file of a Jest worker shares while each
// file loads its own nock: unpatch after a file so the next file's interceptors are the ones used.
afterAll(() => {
	nock.cleanAll();
	nock.restore();
});
