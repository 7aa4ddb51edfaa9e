import { call, submit } from './helpers';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const processes = require('./processes');

/** What these tests use of a child process. */
interface ChildProcess {
	exitCode: number | null;
	kill(signal?: string): boolean;
	stderr: { on(event: 'data', listener: (chunk: Buffer) => void): void } | null;
}

const startCli: (
	args: string[],
) => Promise<{ child: ChildProcess; line: string; stdout: () => string }> = processes.startCli;
const spawnCli: (args: string[]) => ChildProcess = processes.spawnCli;
const exited: (child: ChildProcess) => Promise<number | null> = processes.exited;

describe('cli', () => {
	test('prints one line, serves with the flags given, and exits 0 on SIGTERM', async () => {
		const { child, line, stdout } = await startCli([
			'--port',
			'0',
			'--render-ms',
			'50',
			'--qps',
			'2',
			'--static-token',
			'cli-token',
		]);
		try {
			expect(line).toMatch(/^Chanjing simulator listening on http:\/\/127\.0\.0\.1:\d+$/);
			const url = line.replace('Chanjing simulator listening on ', '');
			const config = (await call(url, 'GET', '/__sim/config')).json;
			expect(config).toMatchObject({ renderMs: 50, qps: 2, staticTokens: ['cli-token'] });
			expect((await submit({ url }, 'cli-token')).json.code).toBe(0);
			const done = exited(child);
			child.kill('SIGTERM');
			expect(await done).toBe(0);
			expect(stdout()).toBe(`${line}\n`);
		} finally {
			if (child.exitCode === null) child.kill('SIGKILL');
		}
	});

	test('SIGINT stops it too', async () => {
		const { child } = await startCli(['--port', '0']);
		const done = exited(child);
		child.kill('SIGINT');
		expect(await done).toBe(0);
	});

	test('an unknown flag exits 2 with usage on stderr', async () => {
		const child = spawnCli(['--nope', '1']);
		let err = '';
		child.stderr!.on('data', (c) => (err += c));
		expect(await exited(child)).toBe(2);
		expect(err).toMatch(/bad flag --nope[\s\S]*usage/);
	});
});
