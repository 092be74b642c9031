import type { messages as english } from './requests.en';

// "Citas manas tiesības" (ierobežošana, iebildumi, labošana, jautājumi; sūdzības), latviski.
export const messages: Record<keyof typeof english, string> = {
  'requests.intro':
    'Varat arī lūgt uzņēmumu {organization} ierobežot jūsu datu apstrādi vai to pārtraukt, izlabot datus, ko šeit nevarat mainīt, vai vienkārši uzdot jautājumu. Katram pieprasījumam tiek piešķirts numurs, un uzņēmumam {organization} jāatbild viena mēneša laikā.',

  'requests.form.title': 'Iesniegt pieprasījumu',
  'requests.form.kindLegend': 'Ko vēlaties darīt?',
  'requests.kind.restriction': 'Ierobežot manu datu apstrādi',
  'requests.kind.restriction.help':
    'Mēs jūsu datus glabājam, bet pagaidām tos neizmantojam, piemēram, kamēr pārbaudām to pareizību vai to, vai drīkstam tos izmantot arī turpmāk (VDAR 18. pants).',
  'requests.kind.objection': 'Iebilst pret manu datu apstrādi',
  'requests.kind.objection.help':
    'Mums jāpārtrauc jūsu datu apstrāde mūsu pašu interesēs, ja vien mums nav pārliecinošu iemeslu, un apstrāde tiešās tirgvedības nolūkos jāpārtrauc vienmēr (VDAR 21. pants).',
  'requests.kind.rectification': 'Labot datus, ko šeit nevaru mainīt',
  'requests.kind.rectification.help':
    'Mēs izlabojam vai papildinām nepareizus vai nepilnīgus datus, ko paši nevarat rediģēt, piemēram, agrāka pasūtījuma adresi (VDAR 16. pants).',
  'requests.kind.question': 'Uzdot jautājumu',
  'requests.kind.question.help': 'Jautājiet jebko par to, kā apstrādājam jūsu personas datus, piemēram, kas tos saņem un kāpēc.',
  'requests.marketing.text':
    'Vēlaties tikai vairs nesaņemt mārketinga paziņojumus? Mārketinga izvēļu lapā poga “Atteikties no visa mārketinga” darbojas uzreiz, negaidot atbildi. Iebildumu šeit varat iesniegt tik un tā.',
  'requests.marketing.link': 'Uz mārketinga izvēlēm',
  'requests.form.scope': 'Par ko tas ir? (nav obligāti)',
  'requests.form.scopeHint': 'Izvēlieties datu veidu, ja pieprasījums ir par kādu no tiem.',
  'requests.form.scopeAll': 'Par maniem datiem kopumā',
  'requests.form.message': 'Jūsu ziņa',
  'requests.form.messageRequired':
    'Obligāti. Saviem vārdiem, līdz {max, plural, zero {# rakstzīmēm} one {# rakstzīmei} other {# rakstzīmēm}}.',
  'requests.form.messageOptional':
    'Nav obligāti. Ja vēlaties, pievienojiet sīkāku informāciju, līdz {max, plural, zero {# rakstzīmēm} one {# rakstzīmei} other {# rakstzīmēm}}.',
  'requests.form.submit': 'Nosūtīt pieprasījumu',
  'requests.form.sending': 'Sūta…',

  'requests.error.summary': 'Pieprasījums netika nosūtīts. Pārbaudiet:',
  'requests.error.typeRequired': 'Izvēlieties, ko vēlaties darīt.',
  'requests.error.messageRequired.rectification': 'Uzrakstiet, kas ir nepareizi un kā būtu pareizi.',
  'requests.error.messageRequired.question': 'Uzrakstiet savu jautājumu.',
  'requests.error.messageTooLong':
    'Saīsiniet ziņu līdz {max, plural, zero {# rakstzīmēm} one {# rakstzīmei} other {# rakstzīmēm}}; tagad tajā ir {count, number}.',
  'requests.error.scopeInvalid': 'Izvēlieties kādu no sarakstā minētajiem datu veidiem.',
  'requests.error.deletionPending':
    'Jūsu konta dzēšana ir ieplānota, tāpēc jaunus pieprasījumus iesniegt nevar, ja vien neatceļat dzēšanu. Jūsu teksts ir saglabāts šeit. Varat arī rakstīt uz adresi {email}.',
  'requests.error.offline': 'Nevaram sazināties ar serveri. Pārbaudiet interneta savienojumu un nosūtiet vēlreiz — jūsu teksts ir saglabāts.',
  'requests.error.server': 'Pieprasījumu neizdevās nosūtīt mūsu puses kļūmes dēļ. Jūsu teksts ir saglabāts — mēģiniet vēlreiz pēc brīža.',
  'requests.error.rateLimited': 'Īsā laikā nosūtīti vairāki pieprasījumi. Pagaidiet {minutes, plural, =0 {mazliet} zero {# minūtes} one {# minūti} other {# minūtes}} un nosūtiet vēlreiz — jūsu teksts ir saglabāts.',

  'requests.sent.title': 'Pieprasījums nosūtīts. Tā numurs ir {reference}.',
  'requests.sent.due': 'Atbildes termiņš: {date}. Pieprasījuma gaitai varat sekot sadaļā “Jūsu pieprasījumi” zemāk.',
  'requests.sent.another': 'Iesniegt vēl vienu pieprasījumu',

  'requests.list.title': 'Jūsu pieprasījumi',
  'requests.list.empty': 'Jums vēl nav neviena pieprasījuma.',
  'requests.type.restriction': 'Apstrādes ierobežošana',
  'requests.type.objection': 'Iebildums',
  'requests.type.rectification': 'Labošana',
  'requests.type.question': 'Jautājums',
  'requests.type.access': 'Datu kopija',
  'requests.type.erasure': 'Konta dzēšana',
  'requests.status.received': 'Saņemts',
  'requests.status.in_progress': 'Tiek izskatīts',
  'requests.status.extended': 'Termiņš pagarināts',
  'requests.status.completed': 'Atbildēts',
  'requests.status.refused': 'Atteikts',
  'requests.status.withdrawn': 'Atsaukts',
  'requests.overdue': 'Nokavēts',
  'requests.item.reference': 'Numurs',
  'requests.item.about': 'Par ko',
  'requests.item.status': 'Statuss',
  'requests.item.filed': 'Nosūtīts',
  'requests.item.due': 'Atbildes termiņš: {date}.',
  'requests.item.daysLeft':
    '{count, plural, =0 {Atbildes termiņš ir šodien.} zero {Atlikušas # dienas.} one {Atlikusi # diena.} other {Atlikušas # dienas.}}',
  'requests.item.overdue':
    'Atbildes termiņš ({date}) ir pagājis. Ja atbilde nav saņemta, varat iesniegt sūdzību uzraudzības iestādei (informācija zemāk).',
  'requests.item.daysLate':
    '{count, plural, =0 {Termiņš ir šodien.} zero {Nokavētas # dienas.} one {Nokavēta # diena.} other {Nokavētas # dienas.}}',
  'requests.item.completed': 'Atbildes datums: {date}.',
  'requests.item.refused': 'Atteikuma datums: {date}.',
  'requests.item.withdrawn': 'Atsaukšanas datums: {date}.',
  'requests.item.message': 'Jūsu ziņa',
  'requests.item.noMessage': 'Bez ziņas',
  'requests.item.wholeMessage': 'Rādīt visu ziņu',
  'requests.timeline.title': 'Norise',
  'requests.event.received': 'Pieprasījums saņemts',
  'requests.event.in_progress': 'Sākta izskatīšana',
  'requests.event.extended': 'Atbildes termiņš pagarināts',
  'requests.event.completed': 'Atbilde sniegta',
  'requests.event.refused': 'Pieprasījums atteikts',
  'requests.event.withdrawn': 'Jūs pieprasījumu atsaucāt',
  'requests.answer.title': 'Mūsu atbilde',
  'requests.answer.link': 'Skatīt rezultātu',
  'requests.extension.title': 'Mums vajag vairāk laika',
  'requests.extension.due': 'Jaunais atbildes termiņš: {date}.',
  'requests.extension.reason': 'Iemesls: {reason}',
  'requests.extension.law':
    'Sarežģītiem vai daudziem pieprasījumiem likums ļauj termiņu pagarināt vēl līdz diviem mēnešiem, ja pirmā mēneša laikā paskaidrojam iemeslu (VDAR 12. panta 3. punkts).',
  'requests.refusal.title': 'Atteikuma iemesls',
  'requests.refusal.rights':
    'Ja nepiekrītat, varat iesniegt sūdzību uzraudzības iestādei (iestāde: {authority}) un vērsties tiesā (VDAR 12. panta 4. punkts, 77. un 79. pants). Iestādes kontaktinformācija ir zemāk.',
  'requests.recipients.summary':
    '{count, plural, =0 {Informētie saņēmēji: vēl neviens no {total}} zero {Informētie saņēmēji: # no {total}} one {Informētie saņēmēji: # no {total}} other {Informētie saņēmēji: # no {total}}}',
  'requests.recipients.none': 'Šos datus nav saņēmis neviens saņēmējs, tāpēc nevienu nav jāinformē.',
  'requests.recipients.intro':
    'Par izmaiņām mēs informējam katru uzņēmumu, kas šos datus saņēmis (VDAR 19. pants). Šeit redzams katrs saņēmējs un tā informēšanas laiks.',
  'requests.recipients.pending': 'Vēl tiks informēts',
  'requests.recipients.told': 'Informēts: {date}',
  'requests.recipients.failed': 'Neizdevās sazināties; mēģinām vēlreiz',
  'requests.recipients.notRequired': 'Nav jāinformē: šos datus nav saņēmis',
  'requests.withdraw.button': 'Atsaukt pieprasījumu',
  'requests.withdraw.title': 'Vai atsaukt pieprasījumu {reference}?',
  'requests.withdraw.text': 'Mēs to vairs neizskatīsim un uz to neatbildēsim. Jaunu pieprasījumu varat iesniegt jebkurā laikā.',
  'requests.withdraw.confirm': 'Atsaukt',
  'requests.withdraw.done': 'Pieprasījums {reference} atsaukts.',
  'requests.withdraw.failed': 'Pieprasījumu neizdevās atsaukt. Mēģiniet vēlreiz pēc brīža.',
  'requests.withdraw.closed': 'Šis pieprasījums jau ir slēgts, tāpēc to vairs nevar atsaukt.',
  'requests.about.general': 'Jūsu dati kopumā',
  'requests.about.field': '{category}: {field}',
  'requests.field.shippingAddress': 'piegādes adrese',
  'requests.field.email': 'e-pasta adrese',

  'requests.complaint.title': 'Sūdzība uzraudzības iestādei',
  'requests.complaint.intro':
    'Ja uzskatāt, ka {organization} jūsu datus apstrādā nelikumīgi vai laikā neatbild uz jūsu pieprasījumu, jums ir tiesības iesniegt sūdzību uzraudzības iestādei (VDAR 77. pants). Varat vispirms rakstīt uzņēmumam, bet tas nav obligāti.',
  'requests.complaint.company': 'Uzņēmums',
  'requests.complaint.dpo': 'Datu aizsardzības speciālists',
  'requests.complaint.authority': 'Uzraudzības iestāde',
  'requests.contact.name': 'Nosaukums',
  'requests.contact.registration': 'Reģistrācijas numurs',
  'requests.contact.email': 'E-pasts',
  'requests.contact.phone': 'Tālrunis',
  'requests.contact.website': 'Tīmekļa vietne',
  'requests.contact.address': 'Pasta adrese',
};
