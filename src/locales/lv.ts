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
  'profile.navTitle': 'Labot manus datus',
  'profile.navDescription': 'Mainiet vārdu, uzvārdu, tālruņa numuru, adreses, valodu un e-pasta adresi.',
  'profile.title': 'Labot manus datus',
  'profile.intro': 'Rūpējieties, lai {organization} rīcībā esošie jūsu personas dati būtu pareizi. Izmaiņas stājas spēkā, tiklīdz tās saglabājat.',
  'profile.formTitle': 'Vārds, tālrunis, valoda un adreses',
  'profile.firstName': 'Vārds',
  'profile.lastName': 'Uzvārds',
  'profile.phone': 'Tālruņa numurs (nav obligāts)',
  'profile.phoneHint': 'Starptautiskā formātā, piemēram, +371 2000 0000. Numuru bez + uzskatām par Latvijas numuru.',
  'profile.language': 'Vēlamā valoda',
  'profile.languageNone': 'Nav izvēlēta',
  'profile.addresses.title': 'Pasta un piegādes adreses',
  'profile.addresses.empty': 'Jums nav saglabātu adrešu.',
  'profile.addresses.max':
    'Var saglabāt ne vairāk kā {limit, plural, zero {# adreses} one {# adresi} other {# adreses}}. Lai pievienotu jaunu, vispirms izdzēsiet kādu no esošajām.',
  'profile.address.legend': '{number}. adrese',
  'profile.address.label': 'Adreses nosaukums (nav obligāts)',
  'profile.address.labelHint': 'Piemēram, Mājas vai Darbs.',
  'profile.address.recipient': 'Saņēmējs',
  'profile.address.line1': 'Iela un māja',
  'profile.address.line2': 'Dzīvoklis, stāvs u. c. (nav obligāts)',
  'profile.address.city': 'Pilsēta vai novads',
  'profile.address.postalCode': 'Pasta indekss',
  'profile.address.country': 'Valsts',
  'profile.address.countryChoose': 'Izvēlieties valsti',
  'profile.address.default': 'Galvenā adrese',
  'profile.address.isDefault': 'galvenā',
  'profile.address.add': 'Pievienot adresi',
  'profile.address.remove': 'Dzēst {number}. adresi',
  'profile.save': 'Saglabāt izmaiņas',
  'profile.saving': 'Saglabā…',
  'profile.discard': 'Atsaukt manas izmaiņas',
  'profile.saved': 'Izmaiņas ir saglabātas.',
  'profile.nothingToSave': 'Nav izmaiņu, ko saglabāt.',
  'profile.usedTheirs': 'Veidlapā tagad redzama citur saglabātā versija.',
  'profile.saveFailed': 'Mūsu pusē radās problēma, un izmaiņas neizdevās saglabāt. Tās joprojām ir veidlapā – pēc brīža mēģiniet vēlreiz.',
  'profile.errorSummary.title': 'Veidlapā {count, plural, zero {ir # kļūdas} one {ir # kļūda} other {ir # kļūdas}}',
  'profile.error.required': 'Aizpildiet šo lauku.',
  'profile.error.tooLong':
    'Atļautais garums ir ne vairāk kā {limit, plural, zero {# rakstzīmes} one {# rakstzīme} other {# rakstzīmes}}; pašlaik: {count}.',
  'profile.error.tooLongPlain': 'Atļautais garums ir ne vairāk kā {limit, plural, zero {# rakstzīmes} one {# rakstzīme} other {# rakstzīmes}}.',
  'profile.error.phoneInvalid': 'Šis nav derīgs tālruņa numurs. Ierakstiet to ar valsts kodu, piemēram, +371 2000 0000.',
  'profile.error.countryInvalid': 'Izvēlieties valsti no saraksta.',
  'profile.error.tooManyAddresses': 'Var saglabāt ne vairāk kā {limit, plural, zero {# adreses} one {# adresi} other {# adreses}}.',
  'profile.error.invalid': 'Pārbaudiet šo vērtību.',
  'profile.conflict.title': 'Jūsu dati ir mainīti citur',
  'profile.conflict.explanation':
    'Kamēr labojāt datus, tie tika saglabāti citur (piemēram, citā cilnē vai ierīcē). Salīdziniet abas versijas un izvēlieties, kuru paturēt.',
  'profile.conflict.theirs': 'Saglabāts citur',
  'profile.conflict.mine': 'Jūsu ievadītais',
  'profile.conflict.none': '(tukšs)',
  'profile.conflict.keepMine': 'Paturēt manis ievadīto',
  'profile.conflict.useTheirs': 'Izmantot saglabāto versiju',
  'profile.leave.title': 'Aiziet, nesaglabājot izmaiņas?',
  'profile.leave.explanation': 'Šajā lapā ir nesaglabātas izmaiņas. Ja aiziesiet tagad, tās zudīs.',
  'profile.leave.stay': 'Palikt šajā lapā',
  'profile.leave.leave': 'Aiziet, nesaglabājot',
  'profile.reauth.title': 'Apstipriniet, ka tas esat jūs',
  'profile.reauth.explanation': 'Lai mainītu e-pasta adresi, ievadiet savu paroli.',
  'profile.reauth.password': 'Parole',
  'profile.reauth.confirm': 'Apstiprināt un turpināt',
  'profile.reauth.required': 'Ievadiet paroli.',
  'profile.reauth.wrong': 'Parole nav pareiza. Mēģiniet vēlreiz.',
  'profile.reauth.locked': 'Pārāk daudz mēģinājumu. Pagaidiet dažas minūtes un mēģiniet vēlreiz.',
  'profile.reauth.failed': 'Neizdevās pārbaudīt paroli. Pēc brīža mēģiniet vēlreiz.',
  'profile.email.title': 'E-pasta adrese',
  'profile.email.current': 'Pašreizējā adrese',
  'profile.email.changeLabel': 'Mainīt e-pasta adresi',
  'profile.email.new': 'Jaunā e-pasta adrese',
  'profile.email.newHint': 'Uz jauno adresi nosūtīsim 6 ciparu kodu. Līdz tā apstiprināšanai tiek izmantota pašreizējā adrese.',
  'profile.email.sendCode': 'Nosūtīt kodu',
  'profile.email.codeSent': 'Kods nosūtīts uz {email}.',
  'profile.email.pendingTitle': 'Gaida apstiprinājumu',
  'profile.email.pending':
    'Ievadiet kodu, ko nosūtījām uz {email}. Līdz tam jūs pieslēdzaties ar {current}. Kods derīgs līdz {until}.',
  'profile.email.confirmLabel': 'Apstiprināt jauno e-pasta adresi',
  'profile.email.code': '6 ciparu kods',
  'profile.email.confirm': 'Apstiprināt',
  'profile.email.resend': 'Nosūtīt jaunu kodu',
  'profile.email.cancel': 'Atcelt maiņu',
  'profile.email.cancelled': 'Maiņa atcelta. E-pasta adrese paliek iepriekšējā.',
  'profile.email.changed': 'Jūsu e-pasta adrese tagad ir {email}.',
  'profile.email.error.required': 'Ievadiet jauno e-pasta adresi.',
  'profile.email.error.invalid': 'Ievadiet e-pasta adresi, piemēram, vards@example.com.',
  'profile.email.error.taken': 'Šo adresi jau izmanto cits konts.',
  'profile.email.error.same': 'Šī jau ir jūsu e-pasta adrese.',
  'profile.email.error.codeShape': 'Kodā ir 6 cipari.',
  'profile.email.error.wrongCode': 'Kods nav pareizs. Pārbaudiet to un mēģiniet vēlreiz.',
  'profile.email.error.expiredCode': 'Koda derīguma termiņš ir beidzies. Nosūtiet jaunu kodu un ievadiet to.',
  'profile.email.error.noPending': 'Neviena maiņa vairs negaida kodu. Sāciet no jauna.',
  'profile.email.error.failed': 'Mūsu pusē radās problēma. Pēc brīža mēģiniet vēlreiz.',

  // — Marketing preferences (issue 4): src/features/preferences —

  // — Delete my account (issue 5): src/features/deletion —

  // — Download my data (issue 6): src/features/export —

};
