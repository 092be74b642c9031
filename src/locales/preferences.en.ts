// The preferences feature's messages (English), loaded by its route loader.
// Every key is also in preferences.lv.ts; see src/shared/i18n/catalogues.ts.
export const messages = {
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
    '{reason, select, offline {You seem to be offline} server {Something went wrong on our side} busy {Too many changes in a short time} other {The change could not be saved}}: “{name}” is set back to how it was. {reason, select, offline {Check your connection and try again.} busy {Wait {minutes, plural, =0 {a moment} one {# minute} other {# minutes}} and try again.} other {Please try again in a moment.}}',
  'preferences.error.saveAll':
    '{reason, select, offline {You seem to be offline} server {Something went wrong on our side} busy {Too many changes in a short time} other {The change could not be saved}}: your choices are set back to how they were. {reason, select, offline {Check your connection and try again.} busy {Wait {minutes, plural, =0 {a moment} one {# minute} other {# minutes}} and try again.} other {Please try again in a moment.}}',
  'preferences.stopAll.title': 'Stop all marketing',
  'preferences.stopAll.explanation':
    'One step turns off every choice on this page and records your objection to direct marketing (GDPR Article 21(2)). Messages about your orders still reach you.',
  'preferences.stopAll.button': 'Stop all marketing',
  'preferences.stopAll.done':
    'All marketing is stopped. {count, plural, =0 {Nothing was on.} one {# choice was turned off.} other {# choices were turned off.}} Your objection to direct marketing is recorded.',
  'preferences.stopAll.undoFor':
    '{seconds, plural, =0 {It can no longer be undone.} one {You can undo this for # second.} other {You can undo this for # seconds.}}',
  'preferences.stopAll.undo': 'Undo',
  'preferences.stopAll.undone': 'Undone: your earlier choices are back.',
  'preferences.objection.active':
    'You have objected to direct marketing (GDPR Article 21(2)), so {organization} does not use your data for marketing.',
  'preferences.objection.withdraw': 'Withdraw my objection',
  'preferences.objection.withdrawn': 'Your objection to direct marketing is withdrawn.',
  'preferences.gpc.title': 'Global Privacy Control honoured',
  'preferences.gpc.detected': 'Your browser sends the Global Privacy Control signal: you do not want your data sold or shared.',
  'preferences.gpc.honoured':
    'So we have turned off personalised advertising and sharing with marketing partners for you. You do not need to do anything.',
  'preferences.gpc.honouredAt': 'Honoured: {date}',
  'preferences.gpc.keptOn':
    'You switched these back on yourself afterwards, so they stay on although your browser sends the signal: {partners}. Switch them off below if you want the signal to apply to them.',
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
  'preferences.source.gpc': 'Global Privacy Control (a signal from your browser)',
  'preferences.download.title': 'Download your history',
  'preferences.download.intro': 'Your own receipt of every change: CSV opens in a spreadsheet, JSON is for programs.',
  'preferences.download.csv': 'Download as CSV',
  'preferences.download.json': 'Download as JSON',
  'preferences.download.done': 'Downloaded {fileName}.',
  'preferences.download.failed':
    '{reason, select, offline {You seem to be offline, so the file could not be downloaded. Check your connection and try again.} other {The file could not be downloaded because of a problem on our side. Please try again in a moment.}}',
} as const;
