import type { Catalogue } from './en';

// Latvian catalogue. Latvian plurals have three forms, which ICU selects through
// Intl.PluralRules('lv'): `zero` for numbers ending in 0 or in 11–19 (0, 10–20, 30, 100, 111 …),
// `one` for numbers ending in 1 but not 11 (1, 21, 101 …) and `other` for the rest (2–9, 22 …).
// `zero` is not "none": every count also has an `=0` branch that says "none" in words ("Nav ierīču").
// Write it as a Latvian would; the glossary and the patterns for dates and company names are in
// the README ("Languages") and checked by tests/unit/latvian-*.test.ts.
export const lv: Catalogue = {
  'common.cancel': 'Atcelt',
  'common.close': 'Aizvērt',

  'language.notSaved': 'Lapa tiek rādīta izvēlētajā valodā, taču to neizdevās saglabāt nākamajām reizēm.',
  'language.switcherLabel': 'Valoda',

  'layout.skipToContent': 'Pāriet uz galveno saturu',
  'layout.productName': 'Privātuma portāls',
  'layout.navigationLabel': 'Sadaļas',
  'layout.menu': 'Izvēlne',
  'layout.footerController': 'Par jūsu datiem atbild {name}',
  'layout.footerPolicy': 'Privātuma politika',
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
    'Drošības nolūkos sesija tika beigta pēc {minutes, plural, =0 {īsas} zero {# minūšu} one {# minūtes} other {# minūšu}} bezdarbības. Pieslēdzieties, lai turpinātu.',
  'signIn.error.invalidCredentials': 'E-pasta adrese vai parole nav pareiza. Pārbaudiet abas un mēģiniet vēlreiz.',
  'signIn.error.rateLimited':
    'Pārāk daudz mēģinājumu. Drošības nolūkos pagaidiet {minutes, plural, =0 {mazliet} zero {# minūtes} one {# minūti} other {# minūtes}}, pirms mēģināt vēlreiz.',
  'signIn.error.server': 'Mūsu pusē radās problēma, tāpēc neizdevās pieslēgties. Pēc brīža mēģiniet vēlreiz.',
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

  'passwordConfirm.required': 'Ievadiet paroli.',
  'passwordConfirm.wrong': 'Parole nav pareiza. Pārbaudiet to un mēģiniet vēlreiz.',
  'passwordConfirm.failed': 'Neizdevās pārbaudīt paroli. Pēc brīža mēģiniet vēlreiz.',

  'idle.title': 'Vai jūs vēl esat šeit?',
  'idle.explanation':
    'Drošības nolūkos jūsu sesija tiks beigta {seconds, plural, =0 {tūlīt} zero {pēc # sekundēm} one {pēc # sekundes} other {pēc # sekundēm}}, jo kādu laiku nekas nav noticis.',
  'idle.stay': 'Turpināt darbu',

  'overview.navLabel': 'Pārskats',
  'overview.title': 'Pārskats',
  'overview.greeting': 'Sveiki, {name}!',
  'overview.intro': 'Šeit varat skatīt un pārvaldīt personas datus, ko par jums glabā {organization}.',
  'overview.whoTitle': 'Jūsu konts',
  'overview.name': 'Vārds, uzvārds',
  'overview.email': 'E-pasta adrese',
  'overview.signOutEverywhere': 'Iziet visās ierīcēs',
  'overview.devicesLink': 'Skatīt, kur jūsu konts ir pieslēgts',
  'overview.signOutEverywhereTitle': 'Iziet visās ierīcēs?',
  'overview.signOutEverywhereExplanation':
    'Tiks beigtas visas jūsu konta sesijas gan šajā ierīcē, gan visās citās (piemēram, pazaudētā tālrunī vai koplietotā datorā). Jūs jebkurā brīdī varat pieslēgties no jauna.',
  'overview.signOutEverywhereConfirm': 'Iziet visur',
  'overview.contactTitle': 'Jautājumi un sūdzības',
  'overview.contactCompany': 'Jūsu datus glabā {name}. Ar uzņēmumu varat sazināties:',
  'overview.complaint':
    'Ja uzskatāt, ka jūsu dati netiek apstrādāti likumīgi, jums ir tiesības iesniegt sūdzību uzraudzības iestādei ({authority}):',

  'error.title': 'Radās kļūda',
  'error.offlineTitle': 'Šķiet, ka esat bezsaistē',
  'error.server':
    'Šo lapu neizdevās ielādēt mūsu puses problēmas dēļ. Nekas no saglabātā nav zudis. Pēc brīža mēģiniet vēlreiz.',
  'error.offline': 'Nevaram sazināties ar serveri. Pārbaudiet interneta savienojumu un mēģiniet vēlreiz.',
  'error.retry': 'Mēģināt vēlreiz',
  'error.home': 'Uz pārskatu',

  'startup.title': 'Privātuma portālu pašlaik nevar atvērt',
  'startup.apology':
    'Atvainojiet: šī lapa nav pareizi iestatīta, tāpēc pašlaik šeit nevarat apskatīt un pārvaldīt savus datus. Jūsu kontā nekas nav mainījies. Lūdzu, mēģiniet vēlreiz vēlāk.',
  'startup.contact': 'Ja palīdzība vajadzīga tūlīt, rakstiet uzņēmumam {name}:',
  'startup.contactUnknown': 'Ja palīdzība vajadzīga tūlīt, sazinieties ar uzņēmumu, izmantojot tā tīmekļa vietni.',
  'startup.retry': 'Mēģināt vēlreiz',
  'startup.operatorTitle': 'Vietnes uzturētājam',
  'startup.operator.address':
    'API adrese failā index.html (meta tagā privacy-portal-api) ir “{address}”, bet tai jābūt absolūtam https URL vai ceļam šajā vietnē. Izlabojiet to ar komandu: npm run configure -- --api-url https://api.example.com/api/v1',
  'startup.operator.unreachable':
    'API adrese {address} neatbildēja (tīkla kļūda). Pārbaudiet, vai serveris darbojas, vai tas atļauj šo izcelsmi ar CORS un akreditācijas datiem un vai Content-Security-Policy direktīvā connect-src failā index.html ir norādīta tā izcelsme: npm run configure -- --api-url {address}',
  'startup.operator.notContract':
    'API adrese {address} uz GET /organization sniedza atbildi “{answer}”, nevis uzņēmuma datus, kā tos apraksta līgums (src/api/openapi.yaml). Pārbaudiet adresi (npm run configure -- --api-url …) un to, vai izsaukumi nonāk līdz API serverim, nevis līdz tīmekļa servera index.html, un pēc tam palaidiet npm run contract:check.',

  'notFound.title': 'Lapa nav atrasta',
  'notFound.explanation': 'Šajā adresē nav lapas. Iespējams, tā ir pārvietota vai saitē ir kļūda.',

  // — See my data: src/features/my-data —
  'myData.navTitle': 'Jūsu dati',
  'myData.navDescription': 'Viss, ko par jums glabājam, kāpēc to glabājam, kas to saņem un cik ilgi.',

  // — Correct my data: src/features/profile —
  'profile.navTitle': 'Labot manus datus',
  'profile.navDescription': 'Mainiet vārdu, uzvārdu, tālruņa numuru, adreses, valodu un e-pasta adresi.',
  'profile.error.required': 'Aizpildiet šo lauku.',
  'profile.error.tooLong':
    'Atļautais garums ir ne vairāk kā {limit, plural, zero {# rakstzīmes} one {# rakstzīme} other {# rakstzīmes}}; pašlaik: {count}.',
  'profile.error.tooLongPlain': 'Atļautais garums ir ne vairāk kā {limit, plural, zero {# rakstzīmes} one {# rakstzīme} other {# rakstzīmes}}.',
  'profile.error.phoneInvalid': 'Šis nav derīgs tālruņa numurs. Ierakstiet to ar valsts kodu, piemēram, +371 2000 0000.',
  'profile.error.invalid': 'Pārbaudiet šo vērtību.',
  'profile.error.controlCharacters': 'Izņemiet rindiņu pārtraukumus, tabulatorus vai citas neredzamas vadības rakstzīmes: šajā laukā ir viena teksta rinda.',

  // — Marketing preferences: src/features/preferences —
  'preferences.title': 'Mārketinga izvēles',
  'preferences.sectionDescription':
    'Izvēlieties, kādus mārketinga paziņojumus saņemt, atsakieties no tiem visiem uzreiz un skatiet savu izvēļu vēsturi.',

  // — Delete my account: src/features/deletion —
  'deletion.gate.title': 'Jūsu konta dzēšana ir ieplānota',
  'deletion.gate.text': 'Jūs lūdzāt dzēst savu kontu. Dzēšanas datums: {date}.',
  'deletion.gate.readOnly': 'Līdz tam savus datus varat skatīt, bet ne mainīt. Vai tomēr vēlaties paturēt kontu?',
  'deletion.gate.cancel': 'Atcelt dzēšanu',
  'deletion.gate.cancelling': 'Atceļ…',
  'deletion.gate.keep': 'Atstāt dzēšanu ieplānotu',
  'deletion.gate.banner': 'Jūsu konta dzēšana ir ieplānota. Dzēšanas datums: {date}. Līdz tam kontu var skatīt, bet ne mainīt.',
  'deletion.gate.cancelled': 'Dzēšana atcelta. Konts paliek, un varat to lietot kā līdz šim.',
  'deletion.gate.error': 'Dzēšanu neizdevās atcelt. Pārbaudiet savienojumu un mēģiniet vēlreiz.',
  'deletion.title': 'Dzēst manu kontu',
  'deletion.description': 'Slēgt kontu un izdzēst par jums glabātos personas datus.',
  'deletion.error.passwordRequired': 'Ievadiet paroli.',
  'deletion.error.emailRequired': 'Ierakstiet sava konta e-pasta adresi.',
  'deletion.error.emailMismatch': 'Šī nav jūsu konta e-pasta adrese. Ierakstiet {email}.',
  'deletion.error.reasonTooLong': 'Rakstiet ne vairāk kā 1000 rakstzīmes.',

  'readOnly.notice': 'Jūsu konta dzēšana ir ieplānota, tāpēc to nevar mainīt.',
  'readOnly.cancelLink': 'Atcelt dzēšanu, lai varētu veikt izmaiņas',
  'readOnly.refused': 'Jūsu konta dzēšana ir ieplānota, tāpēc to nevar mainīt. Lai veiktu izmaiņas, atceliet dzēšanu.',

  // — Download my data: src/features/export —
  'export.title': 'Lejupielādēt manus datus',
  'export.description': 'Saņemiet visu par jums glabāto datu kopiju — vienā JSON failā vai izklājlapu (CSV) failos.',

  // — My other rights: src/features/requests —
  'requests.navTitle': 'Citas manas tiesības',
  'requests.navDescription':
    'Ierobežojiet savu datu apstrādi vai iebilstiet pret to, lūdziet labojumu, uzdodiet jautājumu un uzziniet, kur iesniegt sūdzību.',
  // — Policy changes and activity: src/features/policy, src/features/activity —
  'policy.notice.label': 'Privātuma politikas izmaiņas',
  'policy.notice.text': 'Mūsu privātuma politika ir mainīta. Jaunās redakcijas datums: {date}.',
  'policy.notice.read': 'Izlasīt, kas mainījies',
  'policy.notice.acknowledge': 'Izlasīju',
  'policy.notice.acknowledging': 'Saglabā…',
  'policy.notice.done': 'Paldies! Atzīmējām, ka izlasījāt privātuma politiku (redakcijas datums: {date}).',
  'policy.notice.failed':
    '{reason, select, offline {To neizdevās saglabāt, jo neizdevās sazināties ar serveri. Pārbaudiet interneta savienojumu un mēģiniet vēlreiz.} busy {Pārāk daudz mēģinājumu īsā laikā. Pagaidiet {minutes, plural, =0 {mazliet} zero {# minūtes} one {# minūti} other {# minūtes}} un mēģiniet vēlreiz.} other {To neizdevās saglabāt. Pēc brīža mēģiniet vēlreiz.}}',
  'policy.notice.deletionPending':
    'Jūsu konta dzēšana ir ieplānota, tāpēc kontā neko nevar mainīt, arī šo atzīmi. Ja vēlaties paturēt kontu, vispirms atceliet dzēšanu.',
  'activity.title': 'Darbības vēsture',
  'activity.description': 'Pieslēgšanās, izmaiņas, lejupielādes un pieprasījumi jūsu kontā, kā arī ierīces, kurās tas pašlaik ir pieslēgts.',

};
