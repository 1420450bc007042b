/** The package version, injected by the build from package.json (see scripts/build.mjs). */
declare const __FEEDCONV_VERSION__: string | undefined;

export const VERSION: string = typeof __FEEDCONV_VERSION__ === 'string' ? __FEEDCONV_VERSION__ : '0.0.0-dev';
