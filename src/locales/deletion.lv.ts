import type { messages as english } from './deletion.en';

// The deletion feature's messages (Latvian), the same keys as deletion.en.ts.
export const messages: Record<keyof typeof english, string> = {
  'deletion.intro': 'Dzēšot kontu, tiek izdzēsti personas dati, ko {organization} par jums glabā. Pirms izlemjat, izlasiet, ko tas nozīmē.',
  'deletion.step': '{step}. solis no 2',
  'deletion.step1Title': 'Kas notiek, ja dzēšat kontu',
  'deletion.step2Title': 'Apstipriniet, ka vēlaties dzēst kontu',
  'deletion.step2DocumentTitle': 'Apstiprināt dzēšanu',
  'deletion.deletedTitle': 'Kas tiek dzēsts',
  'deletion.deleted.profile': 'Jūsu profils: vārds, uzvārds, e-pasta adrese, tālruņa numurs, adreses un valoda.',
  'deletion.deleted.login': 'Jūsu pieslēgšanās dati un parole. Sesijas visās ierīcēs tiek beigtas.',
  'deletion.deleted.paymentMethods':
    '{count, plural, =0 {Saglabātie maksājumu veidi: jums tādu nav.} =1 {Jūsu saglabātais maksājumu veids.} zero {Jūsu # saglabātie maksājumu veidi.} one {Jūsu # saglabātais maksājumu veids.} other {Jūsu # saglabātie maksājumu veidi.}}',
  'deletion.deleted.reviewsDeleted':
    '{count, plural, =0 {Atsauksmes un komentāri: jums tādu nav.} =1 {Jūsu atsauksme tiek dzēsta.} zero {Jūsu # atsauksmes tiek dzēstas.} one {Jūsu # atsauksme tiek dzēsta.} other {Jūsu # atsauksmes tiek dzēstas.}}',
  'deletion.deleted.reviewsAnonymised':
    '{count, plural, =0 {Atsauksmes un komentāri: jums tādu nav.} =1 {Jūsu atsauksme paliek publicēta, bet anonimizēta: bez jūsu vārda un visa cita, kas norāda uz jums.} zero {Jūsu # atsauksmes paliek publicētas, bet anonimizētas: bez jūsu vārda un visa cita, kas norāda uz jums.} one {Jūsu # atsauksme paliek publicēta, bet anonimizēta: bez jūsu vārda un visa cita, kas norāda uz jums.} other {Jūsu # atsauksmes paliek publicētas, bet anonimizētas: bez jūsu vārda un visa cita, kas norāda uz jums.}}',
  'deletion.deleted.files':
    '{count, plural, =0 {Augšupielādētie faili: jums tādu nav.} =1 {Jūsu augšupielādētais fails.} zero {Jūsu # augšupielādētie faili.} one {Jūsu # augšupielādētais fails.} other {Jūsu # augšupielādētie faili.}}',
  'deletion.deleted.orders':
    '{count, plural, =0 {Pasūtījumu vēsture: jums nav pasūtījumu.} zero {Jūsu pasūtījumu vēsture (# pasūtījumi) pazūd kopā ar kontu; ko mums liek glabāt likums, ir norādīts zemāk.} one {Jūsu pasūtījumu vēsture (# pasūtījums) pazūd kopā ar kontu; ko mums liek glabāt likums, ir norādīts zemāk.} other {Jūsu pasūtījumu vēsture (# pasūtījumi) pazūd kopā ar kontu; ko mums liek glabāt likums, ir norādīts zemāk.}}',
  'deletion.deleted.consents': 'Jūsu piekrišanas un mārketinga izvēles: mārketinga paziņojumus no mums vairs nesaņemsiet.',
  'deletion.keptTitle': 'Kas mums jāsaglabā un kāpēc',
  'deletion.keptPeriod': 'Glabāšanas laiks: {period}.',
  'deletion.keptUnlinked': 'Šie ieraksti vairs nav saistīti ar kontu, neviens nevar pieslēgties, lai tos redzētu, un pēc termiņa beigām tie tiek izdzēsti.',
  'deletion.keptNone': 'Nekas: visi jūsu dati tiek izdzēsti.',
  'deletion.toldTitle': 'Ko mēs informējam',
  'deletion.toldText':
    'Katram uzņēmumam, kas saņēma jūsu datus, mēs paziņojam, ka arī tam tie jādzēš (VDAR 19. pants). Saņēmēji: {names}',
  'deletion.whenTitle': 'Kad tas notiek',
  'deletion.whenGrace':
    '{days, plural, zero {Konts tiek dzēsts # dienas pēc apstiprināšanas.} one {Konts tiek dzēsts # dienu pēc apstiprināšanas.} other {Konts tiek dzēsts # dienas pēc apstiprināšanas.}} Līdz tam varat pārdomāt: pieslēdzieties un izvēlieties “Atcelt dzēšanu”. Šajā laikā kontu var skatīt, bet ne mainīt.',
  'deletion.whenImmediate': 'Konts tiek dzēsts uzreiz pēc apstiprināšanas. To nevar atsaukt.',
  'deletion.copyTitle': 'Vispirms saglabājiet kopiju',
  'deletion.copyText': 'Pēc dzēšanas savus datus vairs nevarēsiet lejupielādēt. Ja vēlaties kopiju, lejupielādējiet to, pirms turpināt.',
  'deletion.copyLink': 'Lejupielādēt manus datus',
  'deletion.continue': 'Saprotu, turpināt',
  'deletion.keepAccount': 'Paturēt kontu',
  'deletion.irreversibleTitle': 'To nevar atsaukt',
  'deletion.irreversible': 'Konts tiek dzēsts nekavējoties. Dzēšanu nevar ne atcelt, ne kontu atjaunot.',
  'deletion.confirmIntro': 'Lai pārliecinātos, ka tas esat jūs, ievadiet paroli un ierakstiet sava konta e-pasta adresi.',
  'deletion.password': 'Parole',
  'deletion.confirmEmail': 'Jūsu konta e-pasta adrese',
  'deletion.confirmEmailHint': 'Ierakstiet to paši (neielīmējot): {email}',
  'deletion.reason.legend': 'Kāpēc aizejat? (nav obligāti)',
  'deletion.reason.none': 'Labāk neteikšu',
  'deletion.reason.notUsing': 'Kontu vairs neizmantoju',
  'deletion.reason.privacy': 'Uztraucos par savu privātumu',
  'deletion.reason.tooManyEmails': 'Saņemu pārāk daudz e-pasta vēstuļu',
  'deletion.reason.other': 'Cits iemesls',
  'deletion.reason.text': 'Ko vēl vēlaties mums pateikt (nav obligāti)',
  'deletion.notReady': 'Lai dzēstu kontu, ievadiet paroli un precīzi ierakstiet sava konta e-pasta adresi.',
  'deletion.readyGrace':
    '{days, plural, zero {Konts tiks dzēsts pēc # dienām. Līdz tam dzēšanu var atcelt, pieslēdzoties.} one {Konts tiks dzēsts pēc # dienas. Līdz tam dzēšanu var atcelt, pieslēdzoties.} other {Konts tiks dzēsts pēc # dienām. Līdz tam dzēšanu var atcelt, pieslēdzoties.}}',
  'deletion.readyImmediate': 'Konts tiks dzēsts uzreiz. To nevar atsaukt.',
  'deletion.submit': 'Dzēst manu kontu',
  'deletion.submitNow': 'Dzēst manu kontu tagad',
  'deletion.submitting': 'Dzēš…',
  'deletion.back': 'Atpakaļ',
  'deletion.alreadyScheduled': 'Jūsu konta dzēšana jau ir ieplānota. Dzēšanas datums: {date}.',
  'deletion.error.passwordWrong': 'Šī parole nav pareiza. Ievadiet to vēlreiz.',
  'deletion.error.rateLimited':
    'Pārāk daudz nepareizu paroļu. Drošības nolūkos pagaidiet {minutes, plural, =0 {mazliet} zero {# minūtes} one {# minūti} other {# minūtes}} un mēģiniet vēlreiz.',
  'deletion.error.network':
    'Nevarējām sazināties ar serveri. Pārbaudiet savienojumu un nospiediet pogu vēlreiz: konts tiks dzēsts tikai vienreiz, lai cik reižu to nospiestu.',
  'deletion.error.server':
    'Mūsu pusē radās kļūda. Pēc brīža mēģiniet vēlreiz: konts tiks dzēsts tikai vienreiz, lai cik reižu nospiestu pogu.',
  'deletion.error.pending': 'Jūsu konta dzēšana jau ir ieplānota.',
  'deletion.goodbye.title': 'Uz redzēšanos!',
  'deletion.goodbye.scheduledTitle': 'Jūsu konts tiks dzēsts',
  'deletion.goodbye.deletedTitle': 'Jūsu konts ir dzēsts',
  'deletion.goodbye.scheduled': 'Jūsu konta un personas datu dzēšanas datums: {date}. Sesija ir beigta.',
  'deletion.goodbye.changeMindTitle': 'Pārdomājāt?',
  'deletion.goodbye.changeMind':
    'Līdz dzēšanas datumam ({date}) pieslēdzieties vēlreiz un izvēlieties “Atcelt dzēšanu”. Tad konts paliks tāds, kāds tas ir.',
  'deletion.goodbye.signIn': 'Pieslēgties, lai atceltu dzēšanu',
  'deletion.goodbye.deleted': 'Jūsu konts un personas dati ir dzēsti, un sesija ir beigta. To nevar atsaukt.',
  'deletion.goodbye.signedOut': 'Sesija ir beigta.',
  'deletion.goodbye.willTell':
    'Kad jūsu konts tiks dzēsts, mēs paziņosim uzņēmumiem, kas saņēma jūsu datus, ka arī tiem tie jādzēš (VDAR 19. pants). Saņēmēji: {names}',
  'deletion.goodbye.telling':
    'Mēs paziņojam uzņēmumiem, kas saņēma jūsu datus, ka arī tiem tie jādzēš (VDAR 19. pants). Saņēmēji: {names}',
  'deletion.goodbye.retained':
    'Ierakstus, ko mums liek glabāt likums, piemēram, rēķinus, glabāsim nesaistītus ar kontu un pēc tam izdzēsīsim. Glabāšanas termiņš: {date}.',
  'deletion.goodbye.contactTitle': 'Jautājumi?',
  'deletion.goodbye.contact': 'Sazinieties ar uzņēmumu {name}:',
};
