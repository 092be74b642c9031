import type { messages as english } from './devices.en';

// "Kur jūsu konts ir pieslēgts" (Latvian), the same keys as devices.en.ts.
export const messages: Record<keyof typeof english, string> = {
  'devices.title': 'Kur jūsu konts ir pieslēgts',
  'devices.intro':
    'Visas ierīces un pārlūki, kuros jūsu konts uzņēmumā {organization} pašlaik ir pieslēgts. Ja kādu no tiem neatpazīstat, izejiet tajā un paziņojiet uzņēmumam {organization}.',
  'devices.count':
    '{count, plural, =0 {Nav pieslēgts nevienā ierīcē} zero {Pieslēgts # ierīcēs} one {Pieslēgts # ierīcē} other {Pieslēgts # ierīcēs}}',
  'devices.thisDevice': 'Šī ierīce',
  'devices.lastActive': 'Pēdējā darbība',
  'devices.signedInAt': 'Pieslēgšanās laiks',
  'devices.ip': 'IP adrese',
  'devices.signOut': 'Iziet ierīcē {device}',
  'devices.confirmTitle': 'Iziet ierīcē {device}?',
  'devices.confirmExplanation': 'Tam, kas lieto to pārlūku, būs atkal jāpieslēdzas ar jūsu paroli. Šī ierīce paliek pieslēgta.',
  'devices.confirm': 'Iziet tajā ierīcē',
  'devices.signedOut': 'Ierīce {device} vairs nav pieslēgta.',
  'devices.signOutOthers': 'Iziet visās citās ierīcēs',
  'devices.othersTitle': 'Iziet visās citās ierīcēs?',
  'devices.othersExplanation': 'Visur citur būs atkal jāpieslēdzas ar jūsu paroli. Šī ierīce paliek pieslēgta.',
  'devices.othersConfirm': 'Iziet citās ierīcēs',
  'devices.othersDone': 'Citas ierīces vairs nav pieslēgtas. Šī ierīce paliek pieslēgta.',
  'devices.onlyThis': 'Jūsu konts ir pieslēgts tikai šajā ierīcē.',
  'devices.failed': 'Neizdevās iziet tajā ierīcē. Pārbaudiet savienojumu un mēģiniet vēlreiz.',
  'devices.alreadyGone': 'Tā ierīce jau nebija pieslēgta.',
};
