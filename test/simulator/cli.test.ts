import { spawn, ChildProcess } from 'node:child_process';
import path from 'node:path';
import { call, submit } from './helpers';

const CLI = path.join(__dirname, 'cli.js');

/** Starts the CLI and resolves with the first stdout line and the process. */
function startCli(
	args: string[],
): Promise<{ child: ChildProcess; line: string; stdout: () => string }> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
		let out = '';
		child.stdout!.on('data', (c) => {
			out += c;
			if (out.includes('\n')) resolve({ child, line: out.split('\n')[0], stdout: () => out });
		});
		child.on('exit', (code) => reject(new Error(`cli exited ${code} before listening`)));
		child.on('error', reject);
	});
}

function exited(child: ChildProcess): Promise<number | null> {
	return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

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
		const child = spawn(process.execPath, [CLI, '--nope', '1'], {
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let err = '';
		child.stderr!.on('data', (c) => (err += c));
		expect(await exited(child)).toBe(2);
		expect(err).toMatch(/bad flag --nope[\s\S]*usage/);
	});
});
