// "My other rights" (restriction, objection, rectification, questions; complaints), English.
// Loaded by the feature's route loader; every key is also in requests.lv.ts.
export const messages = {
  'requests.intro':
    'You can also ask {organization} to restrict or stop using your data, to correct what you cannot change here, or simply ask a question. Each request gets a reference number, and {organization} must answer within one month.',

  'requests.form.title': 'Make a request',
  'requests.form.kindLegend': 'What do you want to do?',
  'requests.kind.restriction': 'Restrict how my data is used',
  'requests.kind.restriction.help':
    'We keep your data but stop using it for now, for example while we check whether it is correct or whether we may keep using it (GDPR Article 18).',
  'requests.kind.objection': 'Object to how my data is used',
  'requests.kind.objection.help':
    'We must stop using your data for our own interests unless we have compelling reasons, and always stop using it for direct marketing (GDPR Article 21).',
  'requests.kind.rectification': 'Correct data I cannot change here',
  'requests.kind.rectification.help':
    'We correct or complete data that is wrong or missing and that you cannot edit yourself, such as the address of a past order (GDPR Article 16).',
  'requests.kind.question': 'Ask a question',
  'requests.kind.question.help': 'Ask anything about how we handle your personal data, for example who receives it and why.',
  'requests.marketing.text':
    'Only want no more marketing? “Stop all marketing” on the marketing preferences page takes effect at once, without waiting for an answer. You can still send an objection here.',
  'requests.marketing.link': 'Go to marketing preferences',
  'requests.form.scope': 'What is it about? (optional)',
  'requests.form.scopeHint': 'Choose a kind of data if your request is about one.',
  'requests.form.scopeAll': 'My data in general',
  'requests.form.message': 'Your message',
  'requests.form.messageRequired':
    'Required. In your own words, up to {max, plural, one {# character} other {# characters}}.',
  'requests.form.messageOptional':
    'Optional. Add details if you like, up to {max, plural, one {# character} other {# characters}}.',
  'requests.form.submit': 'Send request',
  'requests.form.sending': 'Sending…',

  'requests.error.summary': 'Your request was not sent. Check:',
  'requests.error.typeRequired': 'Choose what you want to do.',
  'requests.error.messageRequired.rectification': 'Write what is wrong and what it should be.',
  'requests.error.messageRequired.question': 'Write your question.',
  'requests.error.messageTooLong':
    'Shorten your message to at most {max, plural, one {# character} other {# characters}}; it now has {count, number}.',
  'requests.error.scopeInvalid': 'Choose one of the kinds of data in the list.',
  'requests.error.deletionPending':
    'Your account is scheduled for deletion, so it cannot take new requests unless you cancel the deletion. Your text is kept here. You can also write to {email}.',
  'requests.error.offline': 'We cannot reach the server. Check your internet connection and send again: your text is still here.',
  'requests.error.server': 'We could not send your request because of a problem on our side. Your text is still here: try again in a moment.',
  'requests.error.rateLimited': 'You have sent several requests in a short time. Wait a few minutes, then send again: your text is still here.',

  'requests.sent.title': 'Request sent. Its reference is {reference}.',
  'requests.sent.due': 'We must answer by {date}. You can follow it in “Your requests” below.',
  'requests.sent.another': 'Make another request',

  'requests.list.title': 'Your requests',
  'requests.list.empty': 'You have not made any requests yet.',
  'requests.type.restriction': 'Restriction of processing',
  'requests.type.objection': 'Objection',
  'requests.type.rectification': 'Correction',
  'requests.type.question': 'Question',
  'requests.status.received': 'Received',
  'requests.status.in_progress': 'Being handled',
  'requests.status.completed': 'Answered',
  'requests.status.rejected': 'Declined',
  'requests.overdue': 'Overdue',
  'requests.item.reference': 'Reference',
  'requests.item.about': 'About',
  'requests.item.status': 'Status',
  'requests.item.filed': 'Sent',
  'requests.item.due': 'We must answer by {date}.',
  'requests.item.overdue': 'We had to answer by {date}. If you have had no answer, you can complain to the supervisory authority (below).',
  'requests.item.completed': 'Answered on {date}.',
  'requests.item.rejected': 'Declined on {date}.',
  'requests.item.message': 'Your message',
  'requests.item.noMessage': 'No message',
  'requests.item.wholeMessage': 'Show the whole message',
  'requests.about.general': 'Your data in general',
  'requests.about.field': '{category}: {field}',
  'requests.field.shippingAddress': 'delivery address',
  'requests.field.email': 'e-mail address',

  'requests.complaint.title': 'Complain to the supervisory authority',
  'requests.complaint.intro':
    'If you think {organization} handles your data unlawfully, or it does not answer your request in time, you have the right to complain to the supervisory authority (GDPR Article 77). You may write to the company first, but you do not have to.',
  'requests.complaint.company': 'The company',
  'requests.complaint.dpo': 'Data protection officer',
  'requests.complaint.authority': 'Supervisory authority',
  'requests.contact.name': 'Name',
  'requests.contact.registration': 'Registration number',
  'requests.contact.email': 'E-mail',
  'requests.contact.phone': 'Phone',
  'requests.contact.website': 'Website',
  'requests.contact.address': 'Postal address',
} as const;
