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
  'preferences.title': 'Mārketinga izvēles',
  'preferences.sectionDescription': 'Izvēlieties, kādu mārketingu saņemat, atsakieties no visa vienā solī un skatiet savu izvēļu vēsturi.',
  'preferences.intro':
    'Izvēlieties, kādus mārketinga paziņojumus {organization} drīkst jums sūtīt un kas drīkst šim nolūkam izmantot jūsu datus. Katrs slēdzis tiek saglabāts, tiklīdz to pārslēdzat, un savas izvēles varat mainīt jebkurā brīdī.',
  'preferences.historyLink': 'Jūsu izvēļu vēsture',
  'preferences.on': 'Ieslēgts',
  'preferences.off': 'Izslēgts',
  'preferences.channels.title': 'Kā ar jums drīkst sazināties',
  'preferences.channels.intro': 'Mārketinga paziņojumus sūta {organization}.',
  'preferences.channel.email': 'E-pasts',
  'preferences.channel.sms': 'Īsziņas (SMS)',
  'preferences.channel.phone': 'Tālruņa zvani',
  'preferences.channel.post': 'Pasts',
  'preferences.topics.title': 'Par ko drīkst būt paziņojumi',
  'preferences.topics.intro': 'Tas attiecas uz visiem iepriekš atļautajiem saziņas veidiem.',
  'preferences.advertising.title': 'Personalizēta reklāma',
  'preferences.advertising.intro':
    'Ja šie slēdži ir ieslēgti, {organization} nodod partnerim ziņas par jūsu pirkumiem, lai tas varētu rādīt jums piemērotas reklāmas. Ja tie ir izslēgti, reklāmas jūs joprojām redzēsiet, taču tās nebūs balstītas uz jūsu datiem no {organization}.',
  'preferences.sharing.title': 'Datu kopīgošana ar mārketinga partneriem',
  'preferences.sharing.intro': 'Ja šie slēdži ir ieslēgti, {organization} kopīgo jūsu datus ar partneri tā mārketinga darbam.',
  'preferences.receivedBy': 'Kas saņem jūsu datus: {name} ({country}).',
  'preferences.error.save':
    '{reason, select, offline {Šķiet, ka esat bezsaistē} server {Mūsu pusē radās kļūda} other {Izmaiņas neizdevās saglabāt}}: “{name}” ir atjaunots iepriekšējā stāvoklī. {reason, select, offline {Pārbaudiet interneta savienojumu un mēģiniet vēlreiz.} other {Lūdzu, pēc brīža mēģiniet vēlreiz.}}',
  'preferences.error.saveAll':
    '{reason, select, offline {Šķiet, ka esat bezsaistē} server {Mūsu pusē radās kļūda} other {Izmaiņas neizdevās saglabāt}}: jūsu izvēles ir atjaunotas iepriekšējā stāvoklī. {reason, select, offline {Pārbaudiet interneta savienojumu un mēģiniet vēlreiz.} other {Lūdzu, pēc brīža mēģiniet vēlreiz.}}',
  'preferences.stopAll.title': 'Atteikties no visa mārketinga',
  'preferences.stopAll.explanation':
    'Viens solis izslēdz visas šīs lapas izvēles un reģistrē jūsu iebildumu pret tiešo mārketingu (VDAR 21. panta 2. punkts). Paziņojumus par jūsu pasūtījumiem jūs joprojām saņemsiet.',
  'preferences.stopAll.button': 'Atteikties no visa mārketinga',
  'preferences.stopAll.done':
    'Viss mārketings ir apturēts. {count, plural, =0 {Nekas nebija ieslēgts.} zero {Izslēgtas # izvēles.} one {Izslēgta # izvēle.} other {Izslēgtas # izvēles.}} Jūsu iebildums pret tiešo mārketingu ir reģistrēts.',
  'preferences.stopAll.undoFor':
    'To var atsaukt {seconds, plural, zero {# sekunžu} one {# sekundes} other {# sekunžu}} laikā.',
  'preferences.stopAll.undo': 'Atsaukt',
  'preferences.stopAll.undone': 'Atsaukts: jūsu iepriekšējās izvēles ir atjaunotas.',
  'preferences.objection.active':
    'Jūsu iebildums pret tiešo mārketingu ir reģistrēts (VDAR 21. panta 2. punkts), tāpēc {organization} neizmanto jūsu datus mārketingam.',
  'preferences.objection.withdraw': 'Atsaukt manu iebildumu',
  'preferences.objection.withdrawn': 'Jūsu iebildums pret tiešo mārketingu ir atsaukts.',
  'preferences.gpc.title': 'Konstatēts Global Privacy Control signāls',
  'preferences.gpc.detected': 'Jūsu pārlūks sūta Global Privacy Control signālu: jūs nevēlaties, lai jūsu dati tiktu pārdoti vai kopīgoti.',
  'preferences.gpc.apply': 'Piemērot: izslēgt personalizēto reklāmu un datu kopīgošanu',
  'preferences.gpc.applied': 'Personalizētā reklāma un datu kopīgošana ar partneriem ir izslēgta.',
  'preferences.gpc.nothingToApply': '{organization} neizmanto jūsu datus personalizētai reklāmai un nekopīgo tos ar mārketinga partneriem.',
  'preferences.history.title': 'Jūsu izvēļu vēsture',
  'preferences.history.intro':
    'Visas jūsu mārketinga izvēļu izmaiņas, jaunākās vispirms: kad, kas mainījās, kur tas tika izdarīts un kura privātuma politikas versija bija spēkā.',
  'preferences.history.back': 'Atpakaļ uz mārketinga izvēlēm',
  'preferences.history.count':
    '{count, plural, =0 {Izmaiņu vēl nav.} zero {Kopā # izmaiņas.} one {Kopā # izmaiņa.} other {Kopā # izmaiņas.}}',
  'preferences.history.shown': 'Parādītas {shown} no {total}.',
  'preferences.history.more': 'Rādīt vairāk',
  'preferences.history.what': 'Kas mainījās',
  'preferences.history.change': 'Izmaiņa',
  'preferences.history.fromTo': '{from} → {to}',
  'preferences.history.source': 'Kur',
  'preferences.history.policy': 'Privātuma politikas versija',
  'preferences.history.notSet': 'Vēl nav izvēlēts',
  'preferences.history.objection': 'Iebildums pret tiešo mārketingu',
  'preferences.history.advertising': 'Personalizēta reklāma: {name}',
  'preferences.history.sharing': 'Kopīgošana ar {name}',
  'preferences.source.portal': 'Šis portāls',
  'preferences.source.email_link': 'Saite e-pastā',
  'preferences.source.checkout': 'Pasūtījuma noformēšanā',
  'preferences.source.staff': '{organization} darbinieki',
  'preferences.download.title': 'Lejupielādēt vēsturi',
  'preferences.download.intro': 'Jūsu pašu apliecinājums par katru izmaiņu: CSV atveras izklājlapā, JSON ir paredzēts programmām.',
  'preferences.download.csv': 'Lejupielādēt CSV',
  'preferences.download.json': 'Lejupielādēt JSON',
  'preferences.download.done': 'Lejupielādēts {fileName}.',
  'preferences.download.failed':
    '{reason, select, offline {Šķiet, ka esat bezsaistē, tāpēc failu neizdevās lejupielādēt. Pārbaudiet interneta savienojumu un mēģiniet vēlreiz.} other {Failu neizdevās lejupielādēt mūsu puses kļūdas dēļ. Lūdzu, pēc brīža mēģiniet vēlreiz.}}',

  // — Delete my account (issue 5): src/features/deletion —
  'deletion.gate.title': 'Jūsu konta dzēšana ir ieplānota',
  'deletion.gate.text': 'Jūs lūdzāt dzēst savu kontu. Tas tiks dzēsts {date}.',
  'deletion.gate.readOnly': 'Līdz tam savus datus varat skatīt, bet ne mainīt. Vai tomēr vēlaties paturēt kontu?',
  'deletion.gate.cancel': 'Atcelt dzēšanu',
  'deletion.gate.cancelling': 'Atceļ…',
  'deletion.gate.keep': 'Atstāt dzēšanu ieplānotu',
  'deletion.gate.banner': 'Jūsu konts tiks dzēsts {date}. Līdz tam to var skatīt, bet ne mainīt.',
  'deletion.gate.cancelled': 'Dzēšana atcelta. Konts paliek, un varat to lietot kā līdz šim.',
  'deletion.gate.error': 'Dzēšanu neizdevās atcelt. Pārbaudiet savienojumu un mēģiniet vēlreiz.',
  'deletion.title': 'Dzēst manu kontu',
  'deletion.description': 'Slēgt kontu un izdzēst par jums glabātos personas datus.',
  'deletion.error.passwordRequired': 'Ievadiet paroli.',
  'deletion.error.emailRequired': 'Ierakstiet sava konta e-pasta adresi.',
  'deletion.error.emailMismatch': 'Šī nav jūsu konta e-pasta adrese. Ierakstiet {email}.',
  'deletion.error.reasonTooLong': 'Rakstiet ne vairāk kā 1000 rakstzīmes.',

  // — Download my data (issue 6): src/features/export —
  'export.title': 'Lejupielādēt manus datus',
  'export.description': 'Saņemiet kopiju visam, ko par jums glabājam, kā vienu JSON failu vai izklājlapu (CSV) failus.',

};
