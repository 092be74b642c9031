import type { LanguageCode, Organization } from '../../src/api/types';
import { isoDate } from './dates';

// The last e-mail to an erased account, in the customer's language: what was deleted, what the
// law makes the company keep and until when, and which recipients were told to erase it too
// (GDPR Art. 19). The demo mailbox shows it.

function recipientNames(organization: Organization): string[] {
  const ids = new Set(organization.dataCategories.flatMap((category) => category.recipientIds));
  return organization.recipients.filter((recipient) => ids.has(recipient.id)).map((recipient) => recipient.name);
}

export function erasureEmail(organization: Organization, language: LanguageCode, retainedUntil: string | null): { subject: string; text: string } {
  const kept = organization.deletion.retained.map((record) => `- ${record.what[language]} (${record.period[language]})`);
  const names = recipientNames(organization).join(', ');
  const until = retainedUntil ? isoDate(retainedUntil) : null;
  if (language === 'lv') {
    return {
      subject: 'Jūsu konts ir dzēsts',
      text: [
        `Jūsu konts un personas dati uzņēmumā ${organization.name} ir dzēsti: profils, pieslēgšanās dati, maksājumu veidi, atsauksmes un mārketinga izvēles.`,
        kept.length ? `Likums liek glabāt (nesaistīti ar kontu${until ? `; glabāšanas termiņš: ${until}` : ''}):\n${kept.join('\n')}` : 'Nekas netiek glabāts.',
        names ? `Par dzēšanu informētie saņēmēji (VDAR 19. pants): ${names}.` : '',
      ].filter(Boolean).join('\n\n'),
    };
  }
  return {
    subject: 'Your account has been deleted',
    text: [
      `Your account and personal data at ${organization.name} have been deleted: your profile, login, payment methods, reviews and marketing choices.`,
      kept.length ? `Kept because the law requires it (linked to no login${until ? `, until ${until}` : ''}):\n${kept.join('\n')}` : 'Nothing is kept.',
      names ? `Recipients told to erase your data too (GDPR Article 19): ${names}.` : '',
    ].filter(Boolean).join('\n\n'),
  };
}
