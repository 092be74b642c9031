import { parse } from '@formatjs/icu-messageformat-parser';
import { transformWithEsbuild, type Plugin } from 'vite';

// Production builds ship the catalogues already parsed: each ICU message becomes the syntax
// tree IntlMessageFormat would otherwise build in the browser, so the ICU parser (the largest
// part of intl-messageformat) is left out of the eagerly loaded code. Dev and tests keep the
// plain strings and the real parser; tests/unit/catalogues.test.ts checks the strings.
//
// A catalogue module has only type imports and exports plain objects of strings, so it can be
// evaluated here as it is.
const catalogueFile = /\/src\/locales\/(?!feature-message-ids)[^/]+\.ts$/;

async function evaluate(code: string, id: string): Promise<Record<string, unknown>> {
  const { code: js } = await transformWithEsbuild(code, id, { loader: 'ts', format: 'esm' });
  return (await import(`data:text/javascript;base64,${Buffer.from(js).toString('base64')}`)) as Record<string, unknown>;
}

function parsedCatalogue(messages: unknown, id: string, name: string): Record<string, unknown> {
  if (typeof messages !== 'object' || messages === null) throw new Error(`${id}: export "${name}" is not a catalogue`);
  return Object.fromEntries(
    Object.entries(messages).map(([key, message]) => {
      if (typeof message !== 'string') throw new Error(`${id}: message "${key}" is not a string`);
      return [key, parse(message)];
    }),
  );
}

export function precompileMessages(): Plugin {
  return {
    name: 'privacy-portal-precompile-messages',
    apply: 'build',
    async transform(code, id) {
      if (!catalogueFile.test(id)) return null;
      const exports = await evaluate(code, id);
      const lines = Object.entries(exports).map(
        ([name, messages]) => `export const ${name} = JSON.parse(${JSON.stringify(JSON.stringify(parsedCatalogue(messages, id, name)))});`,
      );
      return { code: lines.join('\n'), map: null };
    },
  };
}

/** With every message parsed at build time, the browser needs no parser. */
export const parserlessIntl = {
  find: /^@formatjs\/icu-messageformat-parser$/,
  replacement: '@formatjs/icu-messageformat-parser/lib/no-parser.js',
};
