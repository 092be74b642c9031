import { MESSAGE_MAX, messageLength, validateDraft } from '../../src/features/requests/validation';
import { isRecord, loadContractDocument } from '../../operator/contract/validate-response';

// The request form checks what the server checks (openapi.yaml RightsRequestInput), so the person
// hears about a problem before sending rather than from a 422.

describe('rights request validation', () => {
  it('uses the contract’s length limit for the message', () => {
    const document = loadContractDocument();
    const schemas = isRecord(document.components) && isRecord(document.components.schemas) ? document.components.schemas : {};
    const input = isRecord(schemas.RightsRequestInput) && isRecord(schemas.RightsRequestInput.properties) ? schemas.RightsRequestInput.properties : {};
    expect(isRecord(input.message) ? input.message.maxLength : undefined).toBe(MESSAGE_MAX);
  });

  it('needs a kind, and words for a correction or a question only', () => {
    expect(validateDraft(null, '')).toEqual({ type: 'required' });
    expect(validateDraft('question', '  \n ')).toEqual({ message: 'required' });
    expect(validateDraft('rectification', '')).toEqual({ message: 'required' });
    expect(validateDraft('restriction', '')).toEqual({});
    expect(validateDraft('objection', '')).toEqual({});
  });

  it('counts characters as the server does: trimmed, one per letter or emoji', () => {
    expect(messageLength('  Bērziņa 🥞 ')).toBe(9);
    expect(validateDraft('question', '🥞'.repeat(MESSAGE_MAX))).toEqual({});
    expect(validateDraft('question', ` ${'ā'.repeat(MESSAGE_MAX)} `)).toEqual({});
    expect(validateDraft('objection', 'ā'.repeat(MESSAGE_MAX + 1))).toEqual({ message: 'tooLong' });
  });
});
