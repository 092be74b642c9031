import type { LanguageCode } from '../../src/api/types';

// The e-mail with the code that confirms a new address, in the customer's language, as a real
// backend would send it (the demo mailbox shows it).
export function codeEmail(language: LanguageCode, code: string, validMinutes: number): { subject: string; text: string } {
  if (language === 'lv') {
    return {
      subject: 'Apstipriniet jauno e-pasta adresi',
      text: `Jūsu apstiprinājuma kods: ${code}. Tas ir derīgs ${validMinutes} minūtes.`,
    };
  }
  return { subject: 'Confirm your new e-mail address', text: `Your confirmation code is ${code}. It is valid for ${validMinutes} minutes.` };
}
