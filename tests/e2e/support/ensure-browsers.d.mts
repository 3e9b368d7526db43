/** Installs Debian's browsers with apt-get as root, or exits with the exact install command. */
export function ensureBrowsers(only?: string[]): void;
