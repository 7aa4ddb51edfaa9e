const { task, src, dest } = require('gulp');

// tsc emits only JavaScript; n8n also needs the icons and the codex files next to the compiled nodes.
task('build:icons', () =>
	src(['nodes/**/*.{png,svg}', 'nodes/**/*.node.json', 'credentials/**/*.{png,svg}'], {
		base: '.',
		allowEmpty: true,
	}).pipe(dest('dist')),
);
