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
  'layout.menu': 'Menu',
  'layout.footerController': '{name} is responsible for your data',
  'layout.footerDpo': 'Data protection officer:',
  'layout.footerPolicy': 'Privacy policy',

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
    'For your security you were signed out after {minutes, plural, =0 {a short time} one {# minute} other {# minutes}} without activity. Sign in to continue.',
  'signIn.error.invalidCredentials': 'The e-mail address or password is not right. Check both and try again.',
  'signIn.error.rateLimited':
    'Too many attempts. For your security, wait {minutes, plural, =0 {a moment} one {# minute} other {# minutes}} before trying again.',
  'signIn.error.server': 'We could not sign you in because of a problem on our side. Try again in a moment.',
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

  'passwordConfirm.required': 'Enter your password.',
  'passwordConfirm.wrong': 'That password is not right. Check it and try again.',
  'passwordConfirm.failed': 'We could not check your password. Try again in a moment.',

  'idle.title': 'Are you still there?',
  'idle.explanation':
    'For your security you will be signed out {seconds, plural, =0 {now} one {in # second} other {in # seconds}} because nothing has happened for a while.',
  'idle.stay': 'Stay signed in',

  'overview.navLabel': 'Overview',
  'overview.title': 'Overview',
  'overview.greeting': 'Hello, {name}',
  'overview.intro': 'Here you can see and manage the personal data {organization} holds about you.',
  'overview.whoTitle': 'Signed in as',
  'overview.name': 'Name',
  'overview.email': 'E-mail address',
  'overview.signOutEverywhere': 'Sign out on all devices',
  'overview.devicesLink': 'See where you are signed in',
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

  // The start-up check (src/app/startup): a broken configuration, before anything else loads.
  'startup.title': 'The privacy portal cannot open right now',
  'startup.apology':
    'We are sorry: this page is not set up correctly, so you cannot see or manage your data here at the moment. Nothing in your account has changed. Please try again later.',
  'startup.contact': 'If you need help now, write to {name}:',
  'startup.contactUnknown': 'If you need help now, contact the company through its website.',
  'startup.retry': 'Try again',
  'startup.operatorTitle': 'For the site operator',
  'startup.operator.address':
    'The API address in index.html (the privacy-portal-api meta tag) is “{address}”, which is neither an absolute https URL nor a path on this site. Fix it with: npm run configure -- --api-url https://api.example.com/api/v1',
  'startup.operator.unreachable':
    'The API at {address} did not answer (a network error). Check that the backend runs, that it allows this origin with credentialed CORS, and that the Content-Security-Policy connect-src in index.html names its origin: npm run configure -- --api-url {address}',
  'startup.operator.notContract':
    'The API at {address} answered GET /organization with {answer}, not the organization the contract (src/api/openapi.yaml) describes. Check the address (npm run configure -- --api-url …) and that calls to it reach the backend rather than the web server’s index.html, then run npm run contract:check.',

  'notFound.title': 'Page not found',
  'notFound.explanation': 'There is no page at this address. It may have moved, or the link may be mistyped.',

  // — See my data: src/features/my-data —
  'myData.navTitle': 'Your data',
  'myData.navDescription': 'Everything we hold about you, why we hold it, who receives it and for how long.',

  // — Correct my data: src/features/profile —
  'profile.navTitle': 'Correct my data',
  'profile.navDescription': 'Change your name, phone number, addresses, language and e-mail address.',
  'profile.error.required': 'Fill this in.',
  'profile.error.tooLong':
    'This can be at most {limit, plural, one {# character} other {# characters}} long; now it has {count}.',
  'profile.error.tooLongPlain': 'This can be at most {limit, plural, one {# character} other {# characters}} long.',
  'profile.error.phoneInvalid': 'This is not a phone number we can use. Enter it with the country code, for example +371 2000 0000.',
  'profile.error.invalid': 'Check this value.',
  'profile.error.controlCharacters': 'Remove the line breaks, tabs or other invisible control characters: this field is one line of text.',

  // — Marketing preferences: src/features/preferences —
  'preferences.title': 'Marketing preferences',
  'preferences.sectionDescription': 'Choose which marketing you get, stop all of it in one step, and see the history of your choices.',

  // — Delete my account: src/features/deletion —
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

  // While a deletion is scheduled the account is read-only (src/shared/session/read-only-notice.tsx).
  'readOnly.notice': 'Your account is scheduled for deletion, so it cannot be changed.',
  'readOnly.cancelLink': 'Cancel the deletion to make changes',
  'readOnly.refused': 'Your account is scheduled for deletion, so it cannot be changed. Cancel the deletion to make changes.',

  // — Download my data: src/features/export —
  'export.title': 'Download my data',
  'export.description': 'Get a copy of everything we hold about you, as one JSON file or as spreadsheet (CSV) files.',

  // — My other rights: src/features/requests —
  'requests.navTitle': 'My other rights',
  'requests.navDescription': 'Restrict or object to the use of your data, ask for a correction, ask a question, and see where to complain.',
  // — Policy changes and activity: src/features/policy, src/features/activity —
  'policy.notice.label': 'Privacy policy update',
  'policy.notice.text': 'Our privacy policy changed on {date}.',
  'policy.notice.read': 'Read what changed',
  'policy.notice.acknowledge': 'I have read it',
  'policy.notice.acknowledging': 'Saving…',
  'policy.notice.done': 'Thank you. We have noted that you have read the privacy policy of {date}.',
  'policy.notice.failed':
    '{reason, select, offline {We could not record that: we cannot reach the server. Check your internet connection and try again.} busy {Too many attempts in a short time. Wait {minutes, plural, =0 {a moment} one {# minute} other {# minutes}} and try again.} other {We could not record that. Try again in a moment.}}',
  'policy.notice.deletionPending':
    'Your account is scheduled for deletion, so nothing in it can be changed, not even this. If you want to keep your account, cancel the deletion first.',
  'activity.title': 'Activity',
  'activity.description': 'Sign-ins, changes, downloads and requests in your account, and where you are signed in now.',

} as const;

export type CoreMessageId = keyof typeof en;
export type MessageId = CoreMessageId | FeatureMessageId;
/** The shape lv.ts must have: every core key. */
export type Catalogue = Record<CoreMessageId, string>;
