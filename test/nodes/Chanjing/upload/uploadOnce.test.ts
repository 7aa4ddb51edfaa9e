import { processMemory } from '../../../../nodes/Chanjing/memory/processMemory';
import { uploadKey, uploadOnce } from '../../../../nodes/Chanjing/upload/uploadOnce';

const MAX_REMEMBERED_UPLOADS = processMemory.uploads.bounds.maxEntries;

const done = (fullPath: string) => async () => ({ fullPath, fileId: fullPath });
const never = () => false;

beforeEach(() => processMemory.uploads.clear());

describe('uploadOnce', () => {
	it('shares one upload per execution, credential and hash, also while it is in flight', async () => {
		const start = jest.fn(done('https://cdn/a.png'));
		const key = uploadKey('exec-1', 'cred-1', 'aa');
		const [a, b] = await Promise.all([
			uploadOnce(key, start, never),
			uploadOnce(key, start, never),
		]);
		expect(a).toBe(b);
		expect(start).toHaveBeenCalledTimes(1);
	});

	it('keeps executions and credentials apart', async () => {
		const start = jest.fn(done('https://cdn/a.png'));
		await uploadOnce(uploadKey('exec-1', 'cred-1', 'aa'), start, never);
		await uploadOnce(uploadKey('exec-2', 'cred-1', 'aa'), start, never);
		await uploadOnce(uploadKey('exec-1', 'cred-2', 'aa'), start, never);
		expect(start).toHaveBeenCalledTimes(3);
	});

	it('forgets a failed upload so a later item tries again, unless the failure is a verdict', async () => {
		const key = uploadKey('exec-1', 'cred-1', 'bb');
		const network = new Error('socket hang up');
		await expect(uploadOnce(key, () => Promise.reject(network), never)).rejects.toBe(network);
		const retry = jest.fn(done('https://cdn/b.png'));
		await uploadOnce(key, retry, never);
		expect(retry).toHaveBeenCalledTimes(1);

		const other = uploadKey('exec-1', 'cred-1', 'cc');
		const refused = new Error('status 98');
		await expect(
			uploadOnce(
				other,
				() => Promise.reject(refused),
				() => true,
			),
		).rejects.toBe(refused);
		const again = jest.fn(done('https://cdn/c.png'));
		await expect(uploadOnce(other, again, never)).rejects.toBe(refused);
		expect(again).not.toHaveBeenCalled();
	});

	it(`remembers at most ${MAX_REMEMBERED_UPLOADS} uploads, forgetting the oldest`, async () => {
		for (let i = 0; i <= MAX_REMEMBERED_UPLOADS + 20; i++) {
			await uploadOnce(uploadKey('exec-1', 'cred-1', `h${i}`), done(`u${i}`), never);
		}
		expect(processMemory.uploads.size).toBe(MAX_REMEMBERED_UPLOADS);
		const first = jest.fn(done('u0-again'));
		await uploadOnce(uploadKey('exec-1', 'cred-1', 'h0'), first, never);
		expect(first).toHaveBeenCalledTimes(1);
	});
});
