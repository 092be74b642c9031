import type { Catalogue } from './en';

// Latvian catalogue. Latvian plurals have three forms: `zero` (0 and 10–20, …), `one`
// (1, 21, 31, … but not 11) and `other`; ICU selects them through Intl.PluralRules('lv').
export const lv: Catalogue = {
  'common.cancel': 'Atcelt',
  'common.close': 'Aizvērt',

  'language.notSaved': 'Lapa tiek rādīta izvēlētajā valodā, taču to neizdevās saglabāt nākamajām reizēm.',
  'language.switcherLabel': 'Valoda',

  'layout.skipToContent': 'Pāriet uz galveno saturu',
  'layout.productName': 'Privātuma portāls',
  'layout.navigationLabel': 'Sadaļas',
  'layout.footerController': 'Par jūsu datiem atbild {name}',
  'layout.footerDpo': 'Datu aizsardzības speciālists:',

  'session.signOut': 'Iziet',

  'signIn.title': 'Pieslēgties',
  'signIn.intro':
    'Skatiet un pārvaldiet personas datus, ko par jums glabā {organization}: labojiet tos, izvēlieties, kādus mārketinga paziņojumus saņemt, lejupielādējiet kopiju vai dzēsiet savu kontu.',
  'signIn.formLabel': 'Pieslēgties',
  'signIn.email': 'E-pasta adrese',
  'signIn.password': 'Parole',
  'signIn.submit': 'Pieslēgties',
  'signIn.submitting': 'Notiek pieslēgšanās…',
  'signIn.help': 'Neizdodas pieslēgties? Rakstiet uz',
  'signIn.notice.signedOut': 'Sesija ir beigta. Uz redzēšanos!',
  'signIn.notice.idle':
    'Drošības nolūkos sesija tika beigta pēc {minutes, plural, zero {# minūšu} one {# minūtes} other {# minūšu}} bezdarbības. Pieslēdzieties, lai turpinātu.',
  'signIn.error.invalidCredentials': 'E-pasta adrese vai parole nav pareiza. Pārbaudiet abas un mēģiniet vēlreiz.',
  'signIn.error.rateLimited':
    'Pārāk daudz mēģinājumu. Drošības nolūkos pagaidiet {minutes, plural, zero {# minūtes} one {# minūti} other {# minūtes}}, pirms mēģināt vēlreiz.',
  'signIn.error.invalidInput': 'Pārbaudiet e-pasta adresi un paroli un mēģiniet vēlreiz.',
  'signIn.error.emailRequired': 'Ievadiet savu e-pasta adresi.',
  'signIn.error.emailInvalid': 'Ievadiet e-pasta adresi, piemēram, vards@example.com.',
  'signIn.error.passwordRequired': 'Ievadiet savu paroli.',
  'signIn.error.passwordTooLong': 'Parole var būt ne garāka par 200 rakstzīmēm.',

  'reauth.title': 'Jūsu sesija ir beigusies',
  'reauth.explanation':
    'Drošības nolūkos jums jāpieslēdzas vēlreiz. Nekas, ko ievadījāt šajā lapā, nav zudis: pēc pieslēgšanās mēs pabeigsim iesākto darbību.',
  'reauth.submit': 'Pieslēgties un turpināt',
  'reauth.signOutInstead': 'Tā vietā iziet',

  'idle.title': 'Vai jūs vēl esat šeit?',
  'idle.explanation':
    'Drošības nolūkos jūsu sesija tiks beigta pēc {seconds, plural, zero {# sekundēm} one {# sekundes} other {# sekundēm}}, jo kādu laiku nekas nav noticis.',
  'idle.stay': 'Turpināt darbu',

  'overview.navLabel': 'Pārskats',
  'overview.title': 'Pārskats',
  'overview.greeting': 'Sveiki, {name}!',
  'overview.intro': 'Šeit varat skatīt un pārvaldīt personas datus, ko par jums glabā {organization}.',
  'overview.whoTitle': 'Jūsu konts',
  'overview.name': 'Vārds, uzvārds',
  'overview.email': 'E-pasta adrese',
  'overview.signOutEverywhere': 'Iziet visās ierīcēs',
  'overview.signOutEverywhereTitle': 'Iziet visās ierīcēs?',
  'overview.signOutEverywhereExplanation':
    'Tiks beigtas visas jūsu konta sesijas gan šajā ierīcē, gan visās citās (piemēram, pazaudētā tālrunī vai koplietotā datorā). Jūs jebkurā brīdī varat pieslēgties no jauna.',
  'overview.signOutEverywhereConfirm': 'Iziet visur',
  'overview.contactTitle': 'Jautājumi un sūdzības',
  'overview.contactCompany': 'Jūsu datus glabā {name}. Ar viņiem varat sazināties:',
  'overview.complaint':
    'Ja uzskatāt, ka jūsu dati netiek apstrādāti likumīgi, jums ir tiesības iesniegt sūdzību uzraudzības iestādei – {authority}:',

  'error.title': 'Radās kļūda',
  'error.offlineTitle': 'Šķiet, ka esat bezsaistē',
  'error.server':
    'Šo lapu neizdevās ielādēt mūsu puses problēmas dēļ. Nekas no saglabātā nav zudis. Pēc brīža mēģiniet vēlreiz.',
  'error.offline': 'Nevaram sasniegt serveri. Pārbaudiet interneta savienojumu un mēģiniet vēlreiz.',
  'error.retry': 'Mēģināt vēlreiz',
  'error.home': 'Uz pārskatu',

  'notFound.title': 'Lapa nav atrasta',
  'notFound.explanation': 'Šajā adresē nav lapas. Iespējams, tā ir pārvietota vai saitē ir kļūda.',

  // — See my data (issue 3): src/features/my-data —

  // — Correct my data (issue 3): src/features/profile —

  // — Marketing preferences (issue 4): src/features/preferences —

  // — Delete my account (issue 5): src/features/deletion —
  'deletion.title': 'Dzēst manu kontu',
  'deletion.description': 'Slēgt kontu un izdzēst par jums glabātos personas datus.',
  'deletion.intro': 'Dzēšot kontu, tiek izdzēsti personas dati, ko {organization} par jums glabā. Pirms izlemjat, izlasiet, ko tas nozīmē.',
  'deletion.step': '{step}. solis no 2',
  'deletion.step1Title': 'Kas notiek, ja dzēšat kontu',
  'deletion.step2Title': 'Apstipriniet, ka vēlaties dzēst kontu',
  'deletion.deletedTitle': 'Kas tiek dzēsts',
  'deletion.deleted.profile': 'Jūsu profils: vārds, uzvārds, e-pasta adrese, tālruņa numurs, adreses un valoda.',
  'deletion.deleted.login': 'Jūsu pieteikšanās dati un parole. Sesijas visās ierīcēs tiek beigtas.',
  'deletion.deleted.paymentMethods':
    '{count, plural, =0 {Saglabāti maksājumu veidi: jums tādu nav.} zero {Jūsu # saglabātie maksājumu veidi.} one {Jūsu # saglabātais maksājumu veids.} other {Jūsu # saglabātie maksājumu veidi.}}',
  'deletion.deleted.reviewsDeleted':
    '{count, plural, =0 {Atsauksmes un komentāri: jums tādu nav.} zero {Jūsu # atsauksmes tiek dzēstas.} one {Jūsu # atsauksme tiek dzēsta.} other {Jūsu # atsauksmes tiek dzēstas.}}',
  'deletion.deleted.reviewsAnonymised':
    '{count, plural, =0 {Atsauksmes un komentāri: jums tādu nav.} zero {Jūsu # atsauksmes paliek publicētas, bet anonimizētas: bez jūsu vārda un visa cita, kas norāda uz jums.} one {Jūsu # atsauksme paliek publicēta, bet anonimizēta: bez jūsu vārda un visa cita, kas norāda uz jums.} other {Jūsu # atsauksmes paliek publicētas, bet anonimizētas: bez jūsu vārda un visa cita, kas norāda uz jums.}}',
  'deletion.deleted.files':
    '{count, plural, =0 {Augšupielādētie faili: jums to nav.} zero {Jūsu # augšupielādētie faili.} one {Jūsu # augšupielādētais fails.} other {Jūsu # augšupielādētie faili.}}',
  'deletion.deleted.orders':
    '{count, plural, =0 {Pasūtījumu vēsture: jums nav pasūtījumu.} zero {Jūsu pasūtījumu vēsture (# pasūtījumi) pazūd kopā ar kontu; ko mums liek glabāt likums, ir norādīts zemāk.} one {Jūsu pasūtījumu vēsture (# pasūtījums) pazūd kopā ar kontu; ko mums liek glabāt likums, ir norādīts zemāk.} other {Jūsu pasūtījumu vēsture (# pasūtījumi) pazūd kopā ar kontu; ko mums liek glabāt likums, ir norādīts zemāk.}}',
  'deletion.deleted.consents': 'Jūsu piekrišanas un izvēles par mārketingu: jūs vairs nesaņemsiet no mums mārketinga ziņas.',
  'deletion.keptTitle': 'Kas mums jāsaglabā un kāpēc',
  'deletion.keptPeriod': 'Glabāšanas laiks: {period}.',
  'deletion.keptUnlinked': 'Šie ieraksti vairs nav saistīti ar kontu, neviens nevar pieslēgties, lai tos redzētu, un pēc termiņa beigām tie tiek izdzēsti.',
  'deletion.keptNone': 'Nekas: visi jūsu dati tiek izdzēsti.',
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
  'deletion.confirmEmailHint': 'Ierakstiet to pašrocīgi: {email}',
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
  'deletion.alreadyScheduled': 'Jūsu konta dzēšana jau ir ieplānota {date}.',
  'deletion.error.passwordRequired': 'Ievadiet paroli.',
  'deletion.error.passwordWrong': 'Šī parole nav pareiza. Ievadiet to vēlreiz.',
  'deletion.error.emailRequired': 'Ierakstiet sava konta e-pasta adresi.',
  'deletion.error.emailMismatch': 'Šī nav jūsu konta e-pasta adrese. Ierakstiet {email}.',
  'deletion.error.reasonTooLong': 'Rakstiet ne vairāk kā 1000 rakstzīmes.',
  'deletion.error.rateLimited':
    'Pārāk daudz nepareizu paroļu. Drošības nolūkos pagaidiet {minutes, plural, zero {# minūtes} one {# minūti} other {# minūtes}} un mēģiniet vēlreiz.',
  'deletion.error.network':
    'Nevarējām sazināties ar serveri. Pārbaudiet savienojumu un nospiediet pogu vēlreiz: konts tiks dzēsts tikai vienreiz, lai cik reižu to nospiestu.',
  'deletion.error.server':
    'Mūsu pusē radās kļūda. Pēc brīža mēģiniet vēlreiz: konts tiks dzēsts tikai vienreiz, lai cik reižu nospiestu pogu.',
  'deletion.error.pending': 'Jūsu konta dzēšana jau ir ieplānota.',
  'deletion.goodbye.title': 'Uz redzēšanos!',
  'deletion.goodbye.scheduledTitle': 'Jūsu konts tiks dzēsts',
  'deletion.goodbye.deletedTitle': 'Jūsu konts ir dzēsts',
  'deletion.goodbye.scheduled': 'Jūsu kontu un personas datus dzēsīsim {date}. Sesija ir beigta.',
  'deletion.goodbye.changeMindTitle': 'Pārdomājāt?',
  'deletion.goodbye.changeMind': 'Pieslēdzieties vēlreiz līdz {date} un izvēlieties “Atcelt dzēšanu”. Tad konts paliks tāds, kāds tas ir.',
  'deletion.goodbye.signIn': 'Pieslēgties, lai atceltu dzēšanu',
  'deletion.goodbye.deleted': 'Jūsu konts un personas dati ir dzēsti, un sesija ir beigta. To nevar atsaukt.',
  'deletion.goodbye.signedOut': 'Sesija ir beigta.',
  'deletion.goodbye.retained': 'Ierakstus, ko mums liek glabāt likums, piemēram, rēķinus, glabāsim līdz {date}, nesaistītus ar kontu, un pēc tam izdzēsīsim.',
  'deletion.goodbye.contactTitle': 'Jautājumi?',
  'deletion.goodbye.contact': 'Sazinieties ar {name}:',
  'deletion.gate.title': 'Jūsu konta dzēšana ir ieplānota',
  'deletion.gate.text': 'Jūs lūdzāt dzēst savu kontu. Tas tiks dzēsts {date}.',
  'deletion.gate.readOnly': 'Līdz tam savus datus varat skatīt, bet ne mainīt. Vai tomēr vēlaties paturēt kontu?',
  'deletion.gate.cancel': 'Atcelt dzēšanu',
  'deletion.gate.cancelling': 'Atceļ…',
  'deletion.gate.keep': 'Atstāt dzēšanu ieplānotu',
  'deletion.gate.banner': 'Jūsu konts tiks dzēsts {date}. Līdz tam to var skatīt, bet ne mainīt.',
  'deletion.gate.cancelled': 'Dzēšana atcelta. Konts paliek, un varat to lietot kā līdz šim.',
  'deletion.gate.error': 'Dzēšanu neizdevās atcelt. Pārbaudiet savienojumu un mēģiniet vēlreiz.',

  // — Download my data (issue 6): src/features/export —
  'export.title': 'Lejupielādēt manus datus',
  'export.description': 'Saņemiet kopiju visam, ko par jums glabājam, kā vienu JSON failu vai izklājlapu (CSV) failus.',

};
