// PRODUCT.md: idle sign-out after 15 minutes, with a warning a minute before.
export const idleLimitMs = 15 * 60_000;
export const idleWarningMs = 60_000;
