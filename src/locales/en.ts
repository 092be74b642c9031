import type { FeatureMessageId } from './feature-message-ids';

// English core catalogue (ICU MessageFormat): the shell, sign-in, overview, errors, and the
// section names the navigation shows. A feature's own messages live in <feature>.en.ts and
// <feature>.lv.ts, loaded with its routes. A new message goes in both languages (the compiler
// and tests/unit/catalogues.test.ts reject a key or placeholder missing from either).
export const en = {
  'common.cancel': 'Cancel',
  'common.close': 'Close',

  'language.notSaved': 'The page is shown in the language you chose, but we could not save it for your next visit.',
  'language.switcherLabel': 'Language',

  'layout.skipToContent': 'Skip to main content',
  'layout.productName': 'Privacy portal',
  'layout.navigationLabel': 'Sections',
  'layout.footerController': '{name} is responsible for your data',
  'layout.footerDpo': 'Data protection officer:',

  'session.signOut': 'Sign out',

  'signIn.title': 'Sign in',
  'signIn.intro':
    'See and manage the personal data {organization} holds about you: correct it, choose what marketing you get, download a copy or delete your account.',
  'signIn.formLabel': 'Sign in',
  'signIn.email': 'E-mail address',
  'signIn.password': 'Password',
  'signIn.submit': 'Sign in',
  'signIn.submitting': 'Signing in…',
  'signIn.help': 'Trouble signing in? Write to',
  'signIn.notice.signedOut': 'You have signed out.',
  'signIn.notice.idle':
    'For your security you were signed out after {minutes, plural, one {# minute} other {# minutes}} without activity. Sign in to continue.',
  'signIn.error.invalidCredentials': 'The e-mail address or password is not right. Check both and try again.',
  'signIn.error.rateLimited':
    'Too many attempts. For your security, wait {minutes, plural, one {# minute} other {# minutes}} before trying again.',
  'signIn.error.invalidInput': 'Check the e-mail address and password and try again.',
  'signIn.error.emailRequired': 'Enter your e-mail address.',
  'signIn.error.emailInvalid': 'Enter an e-mail address like name@example.com.',
  'signIn.error.passwordRequired': 'Enter your password.',
  'signIn.error.passwordTooLong': 'A password can be at most 200 characters long.',

  'reauth.title': 'Your session has ended',
  'reauth.explanation':
    'For your security you need to sign in again. Nothing you entered on this page is lost: we finish what you were doing once you are signed in.',
  'reauth.submit': 'Sign in and continue',
  'reauth.signOutInstead': 'Sign out instead',

  'idle.title': 'Are you still there?',
  'idle.explanation':
    'For your security you will be signed out in {seconds, plural, one {# second} other {# seconds}} because nothing has happened for a while.',
  'idle.stay': 'Stay signed in',

  'overview.navLabel': 'Overview',
  'overview.title': 'Overview',
  'overview.greeting': 'Hello, {name}',
  'overview.intro': 'Here you can see and manage the personal data {organization} holds about you.',
  'overview.whoTitle': 'Signed in as',
  'overview.name': 'Name',
  'overview.email': 'E-mail address',
  'overview.signOutEverywhere': 'Sign out on all devices',
  'overview.signOutEverywhereTitle': 'Sign out on all devices?',
  'overview.signOutEverywhereExplanation':
    'This ends every session of your account, on this device and on all others (for example a lost phone or a shared computer). You can sign in again at any time.',
  'overview.signOutEverywhereConfirm': 'Sign out everywhere',
  'overview.contactTitle': 'Questions and complaints',
  'overview.contactCompany': 'Your data is held by {name}. You can contact them at:',
  'overview.complaint':
    'If you think your data is not handled lawfully, you have the right to complain to the supervisory authority, {authority}:',

  'error.title': 'Something went wrong',
  'error.offlineTitle': 'You seem to be offline',
  'error.server': 'We could not load this page because of a problem on our side. Nothing you saved is lost. Try again in a moment.',
  'error.offline': 'We cannot reach the server. Check your internet connection and try again.',
  'error.retry': 'Try again',
  'error.home': 'Go to the overview',

  'notFound.title': 'Page not found',
  'notFound.explanation': 'There is no page at this address. It may have moved, or the link may be mistyped.',

  // — See my data (issue 3): src/features/my-data —

  // — Correct my data (issue 3): src/features/profile —

  // — Marketing preferences (issue 4): src/features/preferences —
  'preferences.title': 'Marketing preferences',
  'preferences.sectionDescription': 'Choose which marketing you get, stop all of it in one step, and see the history of your choices.',
  'preferences.intro':
    'Choose what marketing {organization} may send you and who may use your data for it. Each switch saves as soon as you change it, and you can change your mind at any time.',
  'preferences.historyLink': 'History of your choices',
  'preferences.on': 'On',
  'preferences.off': 'Off',
  'preferences.channels.title': 'How we may contact you',
  'preferences.channels.intro': 'Marketing messages come from {organization}.',
  'preferences.channel.email': 'E-mail',
  'preferences.channel.sms': 'Text messages (SMS)',
  'preferences.channel.phone': 'Phone calls',
  'preferences.channel.post': 'Post',
  'preferences.topics.title': 'What the messages may be about',
  'preferences.topics.intro': 'These apply to every way of contact you allow above.',
  'preferences.advertising.title': 'Personalised advertising',
  'preferences.advertising.intro':
    'With these on, {organization} gives the partner details of your purchases so that it can show you ads that suit you. With them off you still see ads, but not ones based on your data from {organization}.',
  'preferences.sharing.title': 'Sharing with marketing partners',
  'preferences.sharing.intro': 'With these on, {organization} shares your data with the partner for its marketing work.',
  'preferences.receivedBy': 'Who receives your data: {name} ({country}).',
  'preferences.error.save':
    '{reason, select, offline {You seem to be offline} server {Something went wrong on our side} other {The change could not be saved}}: “{name}” is set back to how it was. {reason, select, offline {Check your connection and try again.} other {Please try again in a moment.}}',
  'preferences.error.saveAll':
    '{reason, select, offline {You seem to be offline} server {Something went wrong on our side} other {The change could not be saved}}: your choices are set back to how they were. {reason, select, offline {Check your connection and try again.} other {Please try again in a moment.}}',
  'preferences.stopAll.title': 'Stop all marketing',
  'preferences.stopAll.explanation':
    'One step turns off every choice on this page and records your objection to direct marketing (GDPR Article 21(2)). Messages about your orders still reach you.',
  'preferences.stopAll.button': 'Stop all marketing',
  'preferences.stopAll.done':
    'All marketing is stopped. {count, plural, =0 {Nothing was on.} one {# choice was turned off.} other {# choices were turned off.}} Your objection to direct marketing is recorded.',
  'preferences.stopAll.undoFor': 'You can undo this for {seconds, plural, one {# second} other {# seconds}}.',
  'preferences.stopAll.undo': 'Undo',
  'preferences.stopAll.undone': 'Undone: your earlier choices are back.',
  'preferences.objection.active':
    'You have objected to direct marketing (GDPR Article 21(2)), so {organization} does not use your data for marketing.',
  'preferences.objection.withdraw': 'Withdraw my objection',
  'preferences.objection.withdrawn': 'Your objection to direct marketing is withdrawn.',
  'preferences.gpc.title': 'Global Privacy Control detected',
  'preferences.gpc.detected': 'Your browser sends the Global Privacy Control signal: you do not want your data sold or shared.',
  'preferences.gpc.apply': 'Apply it: turn off personalised advertising and sharing',
  'preferences.gpc.applied': 'Personalised advertising and sharing with partners are off.',
  'preferences.gpc.nothingToApply': '{organization} does not use your data for personalised advertising or share it with marketing partners.',
  'preferences.history.title': 'History of your choices',
  'preferences.history.intro':
    'Every change to your marketing choices, newest first: when, what changed, where it was made and which privacy policy version was in force.',
  'preferences.history.back': 'Back to marketing preferences',
  'preferences.history.count': '{count, plural, =0 {No changes yet.} one {# change in all.} other {# changes in all.}}',
  'preferences.history.shown': 'Showing {shown} of {total}.',
  'preferences.history.more': 'Show more',
  'preferences.history.what': 'What changed',
  'preferences.history.change': 'Change',
  'preferences.history.fromTo': '{from} → {to}',
  'preferences.history.source': 'Where',
  'preferences.history.policy': 'Privacy policy version',
  'preferences.history.notSet': 'No choice yet',
  'preferences.history.objection': 'Objection to direct marketing',
  'preferences.history.advertising': 'Personalised advertising: {name}',
  'preferences.history.sharing': 'Sharing with {name}',
  'preferences.source.portal': 'This portal',
  'preferences.source.email_link': 'A link in an e-mail',
  'preferences.source.checkout': 'When ordering (checkout)',
  'preferences.source.staff': '{organization} staff',
  'preferences.download.title': 'Download your history',
  'preferences.download.intro': 'Your own receipt of every change: CSV opens in a spreadsheet, JSON is for programs.',
  'preferences.download.csv': 'Download as CSV',
  'preferences.download.json': 'Download as JSON',
  'preferences.download.done': 'Downloaded {fileName}.',
  'preferences.download.failed':
    '{reason, select, offline {You seem to be offline, so the file could not be downloaded. Check your connection and try again.} other {The file could not be downloaded because of a problem on our side. Please try again in a moment.}}',

  // — Delete my account (issue 5): src/features/deletion —
  'deletion.gate.title': 'Your account is scheduled for deletion',
  'deletion.gate.text': 'You asked us to delete your account. It will be deleted on {date}.',
  'deletion.gate.readOnly': 'Until then you can look at your data but not change it. Do you want to keep your account after all?',
  'deletion.gate.cancel': 'Cancel deletion',
  'deletion.gate.cancelling': 'Cancelling…',
  'deletion.gate.keep': 'Keep it scheduled',
  'deletion.gate.banner': 'Your account will be deleted on {date}. Until then it can be viewed but not changed.',
  'deletion.gate.cancelled': 'Deletion cancelled. Your account stays, and you can use it as before.',
  'deletion.gate.error': 'We could not cancel the deletion. Check your connection and try again.',
  'deletion.title': 'Delete my account',
  'deletion.description': 'Close your account and erase the personal data held about you.',
  'deletion.error.passwordRequired': 'Enter your password.',
  'deletion.error.emailRequired': 'Type the e-mail address of your account.',
  'deletion.error.emailMismatch': 'This is not the e-mail address of your account. Type {email}.',
  'deletion.error.reasonTooLong': 'Write at most 1,000 characters.',

  // — Download my data (issue 6): src/features/export —
  'export.title': 'Download my data',
  'export.description': 'Get a copy of everything we hold about you, as one JSON file or as spreadsheet (CSV) files.',

} as const;

export type CoreMessageId = keyof typeof en;
export type MessageId = CoreMessageId | FeatureMessageId;
/** The shape lv.ts must have: every core key. */
export type Catalogue = Record<CoreMessageId, string>;
