// "Where you are signed in" (English). The link to it is in the activity catalogue.
export const messages = {
  'devices.title': 'Where you are signed in',
  'devices.intro':
    'Every device and browser where your {organization} account is signed in right now. If you do not recognise one, sign it out and tell {organization}.',
  'devices.count': '{count, plural, =0 {Signed in nowhere} one {Signed in on # device} other {Signed in on # devices}}',
  'devices.thisDevice': 'This device',
  'devices.lastActive': 'Last active',
  'devices.signedInAt': 'Signed in',
  'devices.ip': 'IP address',
  'devices.signOut': 'Sign out {device}',
  'devices.confirmTitle': 'Sign out {device}?',
  'devices.confirmExplanation': 'Whoever uses that browser will have to sign in again with your password. This device stays signed in.',
  'devices.confirm': 'Sign out that device',
  'devices.signedOut': '{device} is signed out.',
  'devices.signOutOthers': 'Sign out all other devices',
  'devices.othersTitle': 'Sign out all other devices?',
  'devices.othersExplanation': 'Everywhere else your account will have to be signed in again with your password. This device stays signed in.',
  'devices.othersConfirm': 'Sign out the other devices',
  'devices.othersDone': 'The other devices are signed out. This device stays signed in.',
  'devices.onlyThis': 'Your account is signed in on this device only.',
  'devices.failed': 'We could not sign that device out. Check your connection and try again.',
  'devices.alreadyGone': 'That device was already signed out.',
} as const;
