'use strict';
/**
 * Jest config for the simulator's own tests, usable before (and beside) the project's config:
 *   npx jest -c test/simulator/jest.config.js
 */
module.exports = {
	rootDir: __dirname,
	testEnvironment: 'node',
	testMatch: ['<rootDir>/**/*.test.ts'],
	transform: {
		'^.+\\.ts$': [
			'ts-jest',
			{
				tsconfig: {
					target: 'ES2022',
					module: 'commonjs',
					strict: true,
					esModuleInterop: true,
					skipLibCheck: true,
					types: ['node', 'jest'],
				},
			},
		],
	},
};
