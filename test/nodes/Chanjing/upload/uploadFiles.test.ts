import { processMemory } from '../../../../nodes/Chanjing/memory/processMemory';
import type { UploadableFile } from '../../../../nodes/Chanjing/upload/fileApi';
import { uploadFiles } from '../../../../nodes/Chanjing/upload/uploadFiles';
import { uploadKey } from '../../../../nodes/Chanjing/upload/uploadOnce';
import { itemContext } from '../../../helpers/item-context';

function file(sha256: string): UploadableFile {
	return {
		field: 'First Frame Binary Property',
		property: 'data',
		sizeBytes: 10,
		sha256,
		uploadName: `${sha256.slice(0, 16)}.png`,
		body: async () => Buffer.alloc(10),
	};
}

/** An upload this execution already made: uploadFiles must use it and send nothing. */
function uploaded(
	execution: string,
	credential: string,
	sha256: string,
	fullPath: string,
	service = 'ai_creation',
) {
	processMemory.uploads.set(
		uploadKey(execution, credential, `${service}:${sha256}`),
		Promise.resolve({ fullPath, fileId: `id-${sha256}` }),
	);
}

describe('uploadFiles', () => {
	it('gives the public URLs in the order of the files, each file uploaded once per execution and credential', async () => {
		uploaded('exec-1', 'cred-1', 'aaa', 'https://cdn.example.com/a.png');
		uploaded('exec-1', 'cred-1', 'bbb', 'https://cdn.example.com/b.png');

		// No credential can be read and no request made: a new upload would fail the call.
		const urls = await uploadFiles(
			itemContext({ executionId: 'exec-1' }),
			[file('bbb'), file('aaa'), file('bbb')],
			'ai_creation',
		);

		expect(urls).toEqual([
			'https://cdn.example.com/b.png',
			'https://cdn.example.com/a.png',
			'https://cdn.example.com/b.png',
		]);
	});

	it('keys the uploads by the execution and the credential’s ID', async () => {
		uploaded('exec-2', 'cred-9', 'aaa', 'https://cdn.example.com/a.png');

		await expect(
			uploadFiles(
				itemContext({
					executionId: 'exec-2',
					node: { credentials: { chanjingApi: { id: 'cred-9', name: 'Other account' } } },
				}),
				[file('aaa')],
				'ai_creation',
			),
		).resolves.toEqual(['https://cdn.example.com/a.png']);
	});

	it('an upload of another execution is not used: the file is uploaded anew', async () => {
		uploaded('exec-1', 'cred-1', 'aaa', 'https://cdn.example.com/a.png');
		// A new upload starts by reading the credential: this one fails at once, without a retry.
		const noCredential = new Error(
			'Chanjing API credential: could not obtain an access token: test',
		);

		await expect(
			uploadFiles(
				itemContext({ executionId: 'exec-2', credentials: noCredential }),
				[file('aaa')],
				'ai_creation',
			),
		).rejects.toThrow(noCredential.message);
		expect(
			processMemory.uploads.get(uploadKey('exec-2', 'cred-1', 'ai_creation:aaa')),
		).toBeUndefined();
	});

	it('the same bytes for another upload service are another file: uploaded anew', async () => {
		uploaded('exec-3', 'cred-1', 'aaa', 'https://cdn.example.com/a.png', 'ai_creation');
		const noCredential = new Error(
			'Chanjing API credential: could not obtain an access token: test',
		);

		await expect(
			uploadFiles(
				itemContext({ executionId: 'exec-3', credentials: noCredential }),
				[file('aaa')],
				'make_video_background',
			),
		).rejects.toThrow(noCredential.message);
	});

	it('no files, no URLs', async () => {
		await expect(uploadFiles(itemContext(), [], 'ai_creation')).resolves.toEqual([]);
	});
});
