import type { DataCategoryId } from '../../src/api/types';
import type { CustomerRecord } from '../model';
import type { CsvValue } from './csv';
import { categoryData } from './export-content';
import { fieldDescriptions } from './export-fields';

// The CSV files of a csv_zip export: each category becomes one or more flat tables, and every
// column is described (the description goes into fields.csv).

export interface CsvTable {
  file: string;
  categoryId: DataCategoryId;
  columns: readonly { name: string; description: string }[];
  rows: CsvValue[][];
}

type Row = Record<string, unknown>;
type Columns = readonly (readonly [name: string, description: string])[];

function cell(value: unknown): CsvValue {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.join(' ');
  if (typeof value === 'object') return JSON.stringify(value);
  return value as CsvValue;
}

function table(file: string, categoryId: DataCategoryId, columns: Columns, rows: readonly Row[]): CsvTable {
  return {
    file,
    categoryId,
    columns: columns.map(([name, description]) => ({ name, description })),
    rows: rows.map((row) => columns.map(([name]) => cell(row[name]))),
  };
}

function recordTable(file: string, categoryId: DataCategoryId, record: Row): CsvTable {
  const rows = Object.entries(record).map(([field, value]) => ({ field, value }));
  return table(file, categoryId, [['field', 'Name of the data field'], ['value', 'Its value (empty when not set)']], rows);
}

const orderColumns: Columns = [
  ['orderId', 'Order id'], ['number', 'Order number'], ['placedAt', 'When the order was placed (UTC)'], ['status', 'Order status'],
  ['orderTotal', 'Order total (decimal)'], ['currency', 'Currency (ISO 4217)'], ['itemName', 'Product'], ['quantity', 'Quantity'],
  ['unitPrice', 'Price per unit (decimal)'], ['shippingRecipient', 'Delivered to'], ['shippingLine1', 'Delivery address line 1'],
  ['shippingLine2', 'Delivery address line 2'], ['shippingCity', 'Delivery city'], ['shippingPostalCode', 'Delivery postal code'],
  ['shippingCountry', 'Delivery country (ISO 3166-1)'], ['paymentMethod', 'Payment method (masked)'], ['fileIds', 'Uploaded files of the order (space-separated ids)'],
];

function orderRows(items: readonly Row[]): Row[] {
  return items.flatMap((order) => {
    const total = order.total as { amount: string; currency: string };
    const shipping = (order.shippingAddress ?? {}) as Row;
    const lines = order.items as { name: string; quantity: number; unitPrice: { amount: string } }[];
    return lines.map((line) => ({
      orderId: order.id, number: order.number, placedAt: order.placedAt, status: order.status,
      orderTotal: total.amount, currency: total.currency, itemName: line.name, quantity: line.quantity, unitPrice: line.unitPrice.amount,
      shippingRecipient: shipping.recipient, shippingLine1: shipping.line1, shippingLine2: shipping.line2, shippingCity: shipping.city,
      shippingPostalCode: shipping.postalCode, shippingCountry: shipping.country, paymentMethod: order.paymentMethod, fileIds: order.fileIds,
    }));
  });
}

const columnsOf = (names: string): Columns => names.split(',').map((name) => [name, fieldDescriptions[name] ?? name] as const);

export function categoryTables(customer: CustomerRecord, id: DataCategoryId, generatedAt: string): CsvTable[] {
  const data = categoryData(customer, id, generatedAt);
  const items = (data.items ?? []) as Row[];
  const record = (data.record ?? {}) as Row;
  switch (id) {
    case 'identity':
    case 'contact':
    case 'account':
      return [recordTable(`${id}.csv`, id, record)];
    case 'addresses':
      return [table('addresses.csv', id, columnsOf('id,label,recipient,line1,line2,city,postalCode,country,isDefault'), items)];
    case 'orders':
      return [table('orders.csv', id, orderColumns, orderRows(items))];
    case 'payment_methods':
      return [table('payment_methods.csv', id, columnsOf('id,brand,last4,expMonth,expYear,provider,addedAt'), items)];
    case 'reviews':
      return [table('reviews.csv', id, columnsOf('id,kind,subject,rating,text,createdAt,published'), items)];
    case 'communications':
      return [
        table('communications.csv', id, columnsOf('id,channel,direction,subject,summary,at'), items),
        table('rights_requests.csv', id, columnsOf('id,reference,type,status,message,subject,createdAt,dueAt,closedAt'), (data.rightsRequests ?? []) as Row[]),
      ];
    case 'files':
      return [table('files.csv', id, columnsOf('id,fileName,mediaType,sizeBytes,uploadedAt,orderId,deleteAfter'), items)];
    case 'technical':
      return [
        table('technical_sessions.csv', id, columnsOf('id,device,browser,ipAddress,createdAt,lastSeenAt'), record.sessions as Row[]),
        table('technical_ip_addresses.csv', id, columnsOf('ipAddress,firstSeenAt,lastSeenAt'), record.ipAddresses as Row[]),
        table('activity.csv', id, columnsOf('id,at,type,ipAddress,device,detail'), record.activity as Row[]),
      ];
    case 'consents': {
      const preferences = record.preferences as Record<string, unknown>;
      const current = Object.entries(preferences).flatMap(([group, value]) =>
        typeof value === 'object' && value !== null
          ? Object.entries(value as Record<string, unknown>).map(([key, on]) => ({ key: `${group}.${key}`, value: on }))
          : [{ key: group, value }],
      );
      return [
        table('consents.csv', id, [['key', 'Preference (group.id)'], ['value', 'Current choice']], current),
        table('consent_history.csv', id, columnsOf('id,at,key,from,to,source,policyVersion'), record.history as Row[]),
      ];
    }
  }
}
