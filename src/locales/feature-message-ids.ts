// The message ids of the feature catalogues (<feature>.en.ts), so `t()` accepts them.
// A new feature catalogue adds one line: `| keyof typeof import('./<feature>.en').messages`.
export type FeatureMessageId =
  | keyof typeof import('./export.en').messages
  | never;
