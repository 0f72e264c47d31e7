// Copies the icons next to the compiled nodes and credentials; tsc copies nothing but code.
const { src, dest, task } = require('gulp');

function copyIcons() {
	src('nodes/**/*.{png,svg}', { encoding: false }).pipe(dest('dist/nodes'));
	return src('credentials/**/*.{png,svg}', { encoding: false }).pipe(dest('dist/credentials'));
}

task('build:icons', copyIcons);
