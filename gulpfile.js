// Copies the icons and the nodes' codex files next to the compiled code; tsc copies nothing else.
const { src, dest, task } = require('gulp');

function copyIcons() {
	src('nodes/**/*.{png,svg,node.json}', { encoding: false }).pipe(dest('dist/nodes'));
	return src('credentials/**/*.{png,svg}', { encoding: false }).pipe(dest('dist/credentials'));
}

task('build:icons', copyIcons);
