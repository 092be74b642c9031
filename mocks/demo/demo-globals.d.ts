// Set by vite.config.ts from PORTAL_TENANT; only demo builds read it.
declare const __DEMO_TENANT__: string;
