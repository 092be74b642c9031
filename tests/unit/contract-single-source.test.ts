import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parameterRules, requestRules, type PropertyRule } from '../../src/api/contract-rules';

// The contract is the one place a request rule is written (DESIGN.md): forms and the demo
// backend read lengths, patterns and counts from src/api/request-rules.gen.ts or validate
// against the document itself. This test fails when one is written by hand again.

const root = path.resolve(import.meta.dirname, '../..');
const scanned = ['src', 'mocks'];
const generated = /\.gen\.ts$/;
// The one place text is counted as the contract counts it.
const lengthHelper = path.join('src', 'api', 'contract-rules.ts');

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'public' ? [] : sourceFiles(relative);
    return /\.(ts|tsx)$/.test(entry.name) && !generated.test(entry.name) ? [relative] : [];
  });
}

const rules: PropertyRule[] = [...Object.values(requestRules).flatMap((schema) => Object.values(schema) as PropertyRule[]), ...Object.values(parameterRules)];
const limits = new Set(rules.flatMap((rule) => [rule.maxLength, rule.maxItems, rule.maximum, rule.minLength, rule.minItems].filter((value): value is number => typeof value === 'number' && value > 1)));
const patterns = rules.flatMap((rule) => (rule.pattern && rule.pattern !== '\\S' ? [rule.pattern] : []));

// A number in the role of a limit: `max: 120`, `MESSAGE_MAX = 4000`, `maxLength={100}`, `.length > 254`, `textLength(x) <= 32`.
const limitShapes = [/\w*(?:max|min|limit)\w*\s*(?:[:=]|=\{)\s*\{?\s*(\d+)\b/gi, /(?:\.length|Length\([^()]*\))\s*[<>]=?\s*(\d+)\b/g, /\b(\d+)\s*[<>]=?\s*(?:\w+\.length|\w*Length\()/g];

// Numbers that look like limits but are the portal's own choices, not the contract's rules.
const notContractRules = [
  { file: 'src/features/export/components/export-item.tsx', text: 'max={100}', why: 'a progress bar counts in percent' },
  { file: 'src/shared/preferences/api.ts', text: 'limit: 10,', why: 'the consent history page size the portal asks for' },
  { file: 'mocks/domain/sign-in-limit.ts', text: 'MAX_CLIENT_FAILURES = 20', why: "the demo backend's own throttle on one client's failed sign-ins" },
];

function isOwnChoice(file: string, line: string): boolean {
  return notContractRules.some((entry) => entry.file === file.split(path.sep).join('/') && line.includes(entry.text));
}

function findings(file: string): string[] {
  const found: string[] = [];
  readFileSync(path.join(root, file), 'utf8')
    .split('\n')
    .forEach((line, index) => {
      const where = `${file}:${index + 1}: ${line.trim()}`;
      if (file !== lengthHelper && /\[\.\.\.[^\]]+\]\.length/.test(line)) found.push(`counts code points by hand (use textLength): ${where}`);
      for (const shape of limitShapes) {
        for (const match of line.matchAll(shape)) {
          if (limits.has(Number(match[1])) && !isOwnChoice(file, line)) found.push(`a contract limit written by hand: ${where}`);
        }
      }
      for (const pattern of patterns) if (line.includes(pattern)) found.push(`a contract pattern written by hand: ${where}`);
    });
  return found;
}

describe('the contract is the one source of request rules', () => {
  it('knows the limits it looks for', () => {
    expect(limits).toContain(requestRules.RightsRequestInput.message.maxLength);
    expect(limits).toContain(requestRules.AddressInput.city.maxLength);
    expect(patterns).toContain(requestRules.EmailChangeConfirmation.code.pattern);
  });

  it('finds no limit, pattern or code-point count written by hand in the app or the demo backend', () => {
    expect(scanned.flatMap(sourceFiles).flatMap(findings)).toEqual([]);
  });

  it('would notice one', () => {
    const sample = ['const maxLength = 4000;', 'export const MESSAGE_MAX = 4000;', 'if (text.length > 254) fail();', "readString(v, 'x', errors, { max: 120 })", 'if (!/^[0-9]{6}$/.test(code)) no();'];
    for (const line of sample) {
      const hit = limitShapes.some((shape) => [...line.matchAll(shape)].some((match) => limits.has(Number(match[1])))) || patterns.some((pattern) => line.includes(pattern));
      expect(hit, line).toBe(true);
    }
  });
});
