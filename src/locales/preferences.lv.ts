import type { messages as english } from './preferences.en';

// The preferences feature's messages (Latvian), the same keys as preferences.en.ts.
export const messages: Record<keyof typeof english, string> = {
  'preferences.intro':
    'Izvēlieties, kādus mārketinga paziņojumus {organization} drīkst jums sūtīt un kas drīkst šim nolūkam izmantot jūsu datus. Katra slēdža stāvoklis tiek saglabāts, tiklīdz to pārslēdzat, un savas izvēles varat mainīt jebkurā brīdī.',
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
  'preferences.topics.intro':
    'Izvēlētās tēmas attiecas uz visiem saziņas veidiem, ko atļaujat sadaļā “Kā ar jums drīkst sazināties”.',
  'preferences.advertising.title': 'Personalizēta reklāma',
  'preferences.advertising.intro':
    'Ja šie slēdži ir ieslēgti, {organization} nodod partnerim informāciju par jūsu pirkumiem, lai tas varētu rādīt jums piemērotas reklāmas. Ja tie ir izslēgti, reklāmas jūs joprojām redzēsiet, taču tās netiks atlasītas pēc datiem, ko par jums glabā uzņēmums {organization}.',
  'preferences.sharing.title': 'Datu nodošana mārketinga partneriem',
  'preferences.sharing.intro': 'Ja šie slēdži ir ieslēgti, {organization} nodod jūsu datus partnerim tā mārketinga vajadzībām.',
  'preferences.receivedBy': 'Kas saņem jūsu datus: {name} ({country}).',
  'preferences.error.save':
    '{reason, select, offline {Šķiet, ka esat bezsaistē} server {Mūsu pusē radās kļūda} busy {Pārāk daudz izmaiņu īsā laikā} other {Izmaiņas neizdevās saglabāt}}: iestatījums “{name}” ir atjaunots iepriekšējā stāvoklī. {reason, select, offline {Pārbaudiet interneta savienojumu un mēģiniet vēlreiz.} busy {Pagaidiet {minutes, plural, =0 {mazliet} zero {# minūtes} one {# minūti} other {# minūtes}} un mēģiniet vēlreiz.} other {Lūdzu, pēc brīža mēģiniet vēlreiz.}}',
  'preferences.error.saveAll':
    '{reason, select, offline {Šķiet, ka esat bezsaistē} server {Mūsu pusē radās kļūda} busy {Pārāk daudz izmaiņu īsā laikā} other {Izmaiņas neizdevās saglabāt}}: jūsu izvēles ir atjaunotas iepriekšējā stāvoklī. {reason, select, offline {Pārbaudiet interneta savienojumu un mēģiniet vēlreiz.} busy {Pagaidiet {minutes, plural, =0 {mazliet} zero {# minūtes} one {# minūti} other {# minūtes}} un mēģiniet vēlreiz.} other {Lūdzu, pēc brīža mēģiniet vēlreiz.}}',
  'preferences.stopAll.title': 'Atteikties no visa mārketinga',
  'preferences.stopAll.explanation':
    'Vienā solī tiek izslēgtas visas šīs lapas izvēles un reģistrēts jūsu iebildums pret datu apstrādi tiešās tirgvedības nolūkos (VDAR 21. panta 2. punkts). Paziņojumus par saviem pasūtījumiem jūs joprojām saņemsiet.',
  'preferences.stopAll.button': 'Atteikties no visa mārketinga',
  'preferences.stopAll.done':
    'Viss mārketings ir apturēts. {count, plural, =0 {Nekas nebija ieslēgts.} zero {Izslēgtas # izvēles.} one {Izslēgta # izvēle.} other {Izslēgtas # izvēles.}} Jūsu iebildums pret tiešo mārketingu ir reģistrēts.',
  'preferences.stopAll.undoFor':
    '{seconds, plural, =0 {Atsaukt vairs nevar.} zero {To var atsaukt # sekunžu laikā.} one {To var atsaukt # sekundes laikā.} other {To var atsaukt # sekunžu laikā.}}',
  'preferences.stopAll.undo': 'Atsaukt',
  'preferences.stopAll.undone': 'Atsaukts: jūsu iepriekšējās izvēles ir atjaunotas.',
  'preferences.objection.active':
    'Jūsu iebildums pret datu apstrādi tiešās tirgvedības nolūkos ir reģistrēts (VDAR 21. panta 2. punkts), tāpēc {organization} jūsu datus mārketingam neizmanto.',
  'preferences.objection.withdraw': 'Atsaukt manu iebildumu',
  'preferences.objection.withdrawn': 'Jūsu iebildums pret tiešo mārketingu ir atsaukts.',
  'preferences.gpc.title': 'Global Privacy Control signāls ievērots',
  'preferences.gpc.detected':
    'Jūsu pārlūks sūta Global Privacy Control signālu: jūs nevēlaties, lai jūsu dati tiktu pārdoti vai nodoti citiem.',
  'preferences.gpc.honoured':
    'Tāpēc mēs jūsu vietā izslēdzām personalizēto reklāmu un datu nodošanu mārketinga partneriem. Jums nekas nav jādara.',
  'preferences.gpc.honouredAt': 'Ievērots: {date}',
  'preferences.gpc.keptOn':
    'Pēc tam jūs paši tos atkal ieslēdzāt, tāpēc tie paliek ieslēgti, lai gan jūsu pārlūks sūta signālu: {partners}. Ja vēlaties, lai signāls attiektos arī uz tiem, izslēdziet tos zemāk.',
  'preferences.gpc.nothingToApply':
    '{organization} neizmanto jūsu datus personalizētai reklāmai un nenodod tos mārketinga partneriem.',
  'preferences.history.title': 'Jūsu izvēļu vēsture',
  'preferences.history.intro':
    'Visas jūsu mārketinga izvēļu izmaiņas, jaunākās vispirms: kad, kas mainījās, kur tas tika izdarīts un kura privātuma politikas redakcija bija spēkā.',
  'preferences.history.back': 'Atpakaļ uz mārketinga izvēlēm',
  'preferences.history.count':
    '{count, plural, =0 {Izmaiņu vēl nav.} zero {Kopā # izmaiņas.} one {Kopā # izmaiņa.} other {Kopā # izmaiņas.}}',
  'preferences.history.shown': 'Parādītas: {shown} no {total}.',
  'preferences.history.more': 'Rādīt vairāk',
  'preferences.history.what': 'Kas mainījās',
  'preferences.history.change': 'Izmaiņa',
  'preferences.history.fromTo': '{from} → {to}',
  'preferences.history.source': 'Kur',
  'preferences.history.policy': 'Privātuma politikas redakcija',
  'preferences.history.notSet': 'Vēl nav izvēlēts',
  'preferences.history.objection': 'Iebildums pret tiešo mārketingu',
  'preferences.history.advertising': 'Personalizēta reklāma: {name}',
  'preferences.history.sharing': 'Datu nodošana partnerim {name}',
  'preferences.source.portal': 'Šis portāls',
  'preferences.source.email_link': 'Saite e-pastā',
  'preferences.source.checkout': 'Noformējot pasūtījumu',
  'preferences.source.staff': 'Uzņēmuma {organization} darbinieki',
  'preferences.source.gpc': 'Global Privacy Control (jūsu pārlūka signāls)',
  'preferences.download.title': 'Lejupielādēt vēsturi',
  'preferences.download.intro':
    'Jūsu pašu kopija ar visām izmaiņām: CSV fails atveras izklājlapā, JSON ir paredzēts programmām.',
  'preferences.download.csv': 'Lejupielādēt CSV',
  'preferences.download.json': 'Lejupielādēt JSON',
  'preferences.download.done': 'Lejupielādēts fails: {fileName}.',
  'preferences.download.failed':
    '{reason, select, offline {Šķiet, ka esat bezsaistē, tāpēc failu neizdevās lejupielādēt. Pārbaudiet interneta savienojumu un mēģiniet vēlreiz.} other {Failu neizdevās lejupielādēt mūsu puses kļūdas dēļ. Lūdzu, pēc brīža mēģiniet vēlreiz.}}',
};
