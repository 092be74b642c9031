/** The path of a Chromium to drive (installing Debian's when it can); throws saying what to install. */
export function findChromium(): string;
